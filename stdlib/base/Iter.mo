// Iter: lazy sequences, consumed by calling `next` until it returns null.
import Prim "mo:⛔";
import Array "Array";
import Order "Order";

module {
  public type Iter<T> = { next : () -> ?T };

  // x, x + 1, ..., y (both ends included); empty when x > y.
  public func range(x : Nat, y : Int) : Iter<Nat> {
    var current = x;
    object {
      public func next() : ?Nat {
        if (current > y) {
          return null;
        };
        let value = current;
        current += 1;
        ?value
      };
    }
  };

  // x, x - 1, ..., y (both ends included); empty when x < y.
  public func revRange(x : Int, y : Int) : Iter<Int> {
    var current = x;
    object {
      public func next() : ?Int {
        if (current < y) {
          return null;
        };
        let value = current;
        current -= 1;
        ?value
      };
    }
  };

  // Applies `f` lazily, one element per call of `next`.
  public func map<A, B>(xs : Iter<A>, f : A -> B) : Iter<B> {
    object {
      public func next() : ?B {
        switch (xs.next()) {
          case (?x) { ?f(x) };
          case null { null };
        }
      };
    }
  };

  // Calls f(x, i) for each element x and its position i, consuming `xs`.
  public func iterate<A>(xs : Iter<A>, f : (A, Nat) -> ()) {
    var index = 0;
    for (x in xs) {
      f(x, index);
      index += 1;
    };
  };

  // Consumes `xs`.
  public func size<A>(xs : Iter<A>) : Nat {
    var count = 0;
    for (_ in xs) {
      count += 1;
    };
    count
  };

  // The elements satisfying `f`, lazily: each `next` asks `f` about elements until one passes.
  public func filter<A>(xs : Iter<A>, f : A -> Bool) : Iter<A> {
    object {
      public func next() : ?A {
        for (x in xs) {
          if (f(x)) {
            return ?x;
          };
        };
        null
      };
    }
  };

  public func fromArray<A>(xs : [A]) : Iter<A> {
    var index = 0;
    object {
      public func next() : ?A {
        if (index >= xs.size()) {
          return null;
        };
        index += 1;
        ?xs[index - 1]
      };
    }
  };

  // Consumes `xs`, collecting into a buffer that doubles when full.
  public func toArray<A>(xs : Iter<A>) : [A] {
    var buffer : [var A] = [var];
    var count = 0;
    for (x in xs) {
      if (count == buffer.size()) {
        // The fresh slots start as copies of `x` until later elements overwrite them.
        let bigger = Prim.Array_init<A>(2 * count + 1, x);
        for (i in buffer.keys()) {
          bigger[i] := buffer[i];
        };
        buffer := bigger;
      };
      buffer[count] := x;
      count += 1;
    };
    Prim.Array_tabulate<A>(count, func(i : Nat) : A { buffer[i] })
  };
}
