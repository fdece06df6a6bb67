// Nat8 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat8 = 15;
let fits : Nat8 = 17;
let overflows : Nat8 = 18;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
