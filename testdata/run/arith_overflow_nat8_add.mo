// Nat8 addition traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat8 = 200;
let fits : Nat8 = 55;
let overflows : Nat8 = 100;
Debug.print(debug_show (x + fits));
Debug.print(debug_show (x + overflows));
Debug.print("not reached");
