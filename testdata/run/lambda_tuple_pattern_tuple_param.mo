// A function literal with a tuple pattern passed where the parameter type
// is `T -> U` with T a tuple: it receives the tuple and takes it apart.
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func apply<T, U>(x : T, f : T -> U) : U = f(x);
Debug.print(apply<(Nat, Text), Text>((1, "a"), func(n, t) = t # debug_show n));
Debug.print(debug_show (apply<(Nat, Nat), Nat>((3, 4), func(a, b) = a * 10 + b)));

func fold<A, B>(xs : [A], init : B, f : (B, A) -> B) : B {
  var acc = init;
  for (x in xs.vals()) { acc := f(acc, x) };
  acc
};
let pairs = [(1, "one"), (2, "two"), (3, "three")];
Debug.print(fold<(Nat, Text), Text>(pairs, "", func(acc, (n, t)) = acc # t # "=" # debug_show n # " "));

func mapPairs<T, U>(xs : [T], f : T -> U) : [U] = Prim.Array_tabulate<U>(xs.size(), func i = f(xs[i]));
Debug.print(debug_show mapPairs<(Nat, Nat), Nat>([(1, 2), (3, 4)], func(x, y) = x + y));
