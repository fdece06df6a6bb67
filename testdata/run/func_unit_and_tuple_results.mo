// Functions returning the unit type, tuples and multiple values.
import Debug "mo:base/Debug";

func divMod(a : Nat, b : Nat) : (Nat, Nat) { (a / b, a % b) };
func log(msg : Text) : () { Debug.print("log: " # msg) };
let (q, r) = divMod(17, 5);
Debug.print(debug_show (q, r));
Debug.print(debug_show divMod(9, 3));
log("hi");
let u = log("again");
Debug.print(debug_show u);
Debug.print(debug_show (divMod(20, 6).1));
