// Nat64 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat64 = 0;
let fits : Nat64 = 0;
let overflows : Nat64 = 1;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
