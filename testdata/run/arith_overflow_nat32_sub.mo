// Nat32 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat32 = 5;
let fits : Nat32 = 5;
let overflows : Nat32 = 6;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
