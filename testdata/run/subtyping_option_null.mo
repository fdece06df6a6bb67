// null fits any option type; T values fit ?T only when wrapped.
import Debug "mo:base/Debug";

let a : ?Nat = null;
let b : ??Text = null;
let c : ??Text = ?null;
let d : ?Int = ?(5 : Nat);
func orZero(o : ?Int) : Int { switch o { case (?v) v; case null 0 } };
Debug.print(debug_show (a, b, c, d));
Debug.print(debug_show (orZero(null), orZero(?(-2)), orZero(a)));
