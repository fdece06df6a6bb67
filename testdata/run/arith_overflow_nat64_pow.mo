// Nat64 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat64 = 2;
let fits : Nat64 = 63;
let overflows : Nat64 = 64;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
