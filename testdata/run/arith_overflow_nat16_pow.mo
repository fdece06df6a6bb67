// Nat16 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat16 = 2;
let fits : Nat16 = 15;
let overflows : Nat16 = 16;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
