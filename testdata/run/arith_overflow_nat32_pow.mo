// Nat32 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat32 = 2;
let fits : Nat32 = 31;
let overflows : Nat32 = 32;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
