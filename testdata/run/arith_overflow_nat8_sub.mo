// Nat8 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat8 = 20;
let fits : Nat8 = 20;
let overflows : Nat8 = 21;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
