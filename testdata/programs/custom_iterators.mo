// Custom iterator objects: ranges with steps, Fibonacci, take/zip, and Iter module functions.
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";
import Text "mo:base/Text";
import Nat "mo:base/Nat";

func stepRange(from : Int, to : Int, step : Int) : Iter.Iter<Int> {
  var cur = from;
  object {
    public func next() : ?Int {
      if ((step > 0 and cur > to) or (step < 0 and cur < to)) return null;
      let v = cur;
      cur += step;
      ?v
    };
  }
};

class Fib() {
  var a = 0;
  var b = 1;
  public func next() : ?Nat { let v = a; a := b; b += v; ?v };
};

func take<T>(it : Iter.Iter<T>, n : Nat) : Iter.Iter<T> {
  var left = n;
  { next = func() : ?T { if (left == 0) null else { left -= 1; it.next() } } }
};

func zip<A, B>(xs : Iter.Iter<A>, ys : Iter.Iter<B>) : Iter.Iter<(A, B)> = object {
  public func next() : ?(A, B) {
    switch (xs.next(), ys.next()) {
      case (?x, ?y) ?(x, y);
      case _ null;
    }
  };
};

Debug.print(debug_show Iter.toArray(stepRange(0, 20, 5)));
Debug.print(debug_show Iter.toArray(stepRange(10, -10, -7)));
Debug.print(debug_show Iter.toArray(take<Nat>(Fib(), 15)));
Debug.print(debug_show Iter.size(take<Nat>(Fib(), 1000)));
Debug.print(debug_show Iter.toArray(zip<Nat, Char>(Iter.range(1, 10), "abc".chars())));
Debug.print(debug_show Iter.toArray(Iter.revRange(3, -2)));
Debug.print(debug_show Iter.toArray(Iter.range(5, 3)));
Debug.print(Text.join(" ", Iter.map<Nat, Text>(take<Nat>(Fib(), 8), Nat.toText)));
var sum = 0;
for (f in take<Nat>(Fib(), 50)) { if (f % 2 == 0) sum += f };
Debug.print(debug_show sum);
let it = Iter.fromArray<Text>(["x", "y"]);
Debug.print(debug_show (it.next(), it.next(), it.next(), it.next()));
for ((i, c) in zip<Nat, Char>(Iter.range(0, 100), "héllo".chars())) {
  if (i % 2 == 0) Debug.print(debug_show i # ":" # debug_show c);
};
