// `x |> e` evaluates x, then e with `_` naming x's value; pipes nest to
// the left and `_` may be used any number of times.
import Prim "mo:⛔";

func double(n : Nat) : Nat = 2 * n;
func pair<A, B>(a : A, b : B) : (A, B) = (a, b);
func trace(s : Text) : Text { Prim.debugPrint(s); s };

Prim.debugPrint(debug_show (3 |> double _));
Prim.debugPrint(debug_show (3 |> double _ |> _ + 1 |> pair(_, "x")));
Prim.debugPrint(debug_show (4 |> _ * _ |> _ - 1));
let words = ["a", "bb", "ccc"];
let total = words.vals() |> Prim.Array_tabulate<Nat>(3, func i = words[i].size()) |> _[0] + _[1] + _[2];
Prim.debugPrint(debug_show total);
// The piped value is computed before the function expression.
func pick() : (Text, Nat) -> (Text, Nat) { ignore trace "function"; func(a, b) = pair(a, b) };
let r = trace "left" |> (pick())(_, 1);
Prim.debugPrint(debug_show r);
// Inside do ? {}, null piped into a function still fails the block.
let none : ?Nat = null;
Prim.debugPrint(debug_show (do ? { (none |> _)! + 1 }));
Prim.debugPrint(debug_show (do ? { (?5 |> _)! + 1 }));
