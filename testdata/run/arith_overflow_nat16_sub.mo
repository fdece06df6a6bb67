// Nat16 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat16 = 1;
let fits : Nat16 = 1;
let overflows : Nat16 = 2;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
