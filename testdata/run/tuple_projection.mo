// Tuple projections .0 .1 and nested projections.
import Debug "mo:base/Debug";

let t = (1, "two", (3.0, '4'));
Debug.print(debug_show t.0);
Debug.print(t.1);
Debug.print(debug_show t.2.0);
Debug.print(debug_show t.2.1);
Debug.print(debug_show (t.2).1);
func triple() : (Nat, Nat, Nat) { (7, 8, 9) };
Debug.print(debug_show triple().2);
