// A singly linked list built from options of tuples, with hand-written helpers.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

type List<T> = ?(T, List<T>);

func push<T>(x : T, l : List<T>) : List<T> { ?(x, l) };

func length<T>(l : List<T>) : Nat {
  var n = 0;
  var cur = l;
  label walk loop {
    switch cur {
      case null { break walk };
      case (?(_, rest)) { n += 1; cur := rest };
    };
  };
  n
};

func reverse<T>(l : List<T>) : List<T> {
  var acc : List<T> = null;
  var cur = l;
  while (true) {
    switch cur {
      case null { return acc };
      case (?(h, t)) { acc := ?(h, acc); cur := t };
    };
  };
  acc
};

func map<A, B>(l : List<A>, f : A -> B) : List<B> {
  switch l {
    case null { null };
    case (?(h, t)) { ?(f h, map(t, f)) };
  }
};

func nth<T>(l : List<T>, k : Nat) : ?T {
  switch l {
    case null { null };
    case (?(h, t)) { if (k == 0) ?h else nth(t, k - 1) };
  }
};

// Collects the list into an array; the list is walked once per element (fine for small lists).
func toArray<T>(l : List<T>) : [T] {
  Array.tabulate<T>(length l, func i {
    switch (nth(l, i)) { case (?x) x; case null Debug.trap("index past end") }
  })
};

func foldLeft<T, A>(l : List<T>, acc : A, f : (A, T) -> A) : A {
  switch l {
    case null acc;
    case (?(h, t)) foldLeft(t, f(acc, h), f);
  }
};

var l : List<Nat> = null;
for (i in [3, 1, 4, 1, 5, 9, 2, 6].vals()) { l := push(i, l) };
Debug.print(debug_show l);
Debug.print("length = " # debug_show length(l));
Debug.print(debug_show reverse(l));
Debug.print(debug_show map<Nat, Text>(l, func n = debug_show (n * n)));
Debug.print(debug_show toArray<Nat>(?(7, null)));
Debug.print(debug_show toArray<Nat>(l));
Debug.print(debug_show foldLeft<Nat, Nat>(l, 0, func(a, x) = a + x));
Debug.print(debug_show (nth(l, 2), nth(l, 20)));
