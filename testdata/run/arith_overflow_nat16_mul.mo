// Nat16 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat16 = 255;
let fits : Nat16 = 257;
let overflows : Nat16 = 258;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
