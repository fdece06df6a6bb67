// With an expected type of Int, Nat operands subtract as Int and may go negative.
import Debug "mo:base/Debug";

let a : Nat = 3;
let b : Nat = 10;
let d : Int = a - b;
Debug.print(debug_show d);
Debug.print(debug_show (a - b : Int));
func diff(x : Int, y : Int) : Int { x - y };
Debug.print(debug_show diff(a, b));
