// Nat8 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat8 = 2;
let fits : Nat8 = 7;
let overflows : Nat8 = 8;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
