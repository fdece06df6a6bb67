// Type aliases, generic aliases and recursive types.
import Debug "mo:base/Debug";

type Point = { x : Int; y : Int };
type Pair<A, B> = (A, B);
type List<T> = ?(T, List<T>);
type Callback = Nat -> Text;

let p : Point = { x = 1; y = -2 };
let pr : Pair<Text, Point> = ("origin", p);
let l : List<Nat> = ?(1, ?(2, ?(3, null)));
func len<T>(xs : List<T>) : Nat {
  switch xs { case null 0; case (?(_, rest)) 1 + len(rest) };
};
let cb : Callback = func n = debug_show (n * 2);
Debug.print(debug_show pr);
Debug.print(debug_show l);
Debug.print(debug_show len(l));
Debug.print(cb(21));
