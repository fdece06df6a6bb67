// With no expected type, a type argument is chosen by how it occurs in the
// result: from the arguments when covariant, its bound when contravariant,
// and under a mutable array only when one choice is left (Text has no
// supertype but Any) or the argument itself pins it.
import Prim "mo:⛔";

func fill<T>(x : T, n : Nat) : [var T] = Prim.Array_init<T>(n, x);
func sink<T>() : T -> Nat = func _ = 0;
func push<T>(xs : [var T], x : T) : [var T] { xs[0] := x; xs };
let words = fill("a", 2);
words[1] := "b";
let nums = push([var 1, 2], 3);
Prim.debugPrint(debug_show (words, nums, sink()(-5), sink()("any")));
