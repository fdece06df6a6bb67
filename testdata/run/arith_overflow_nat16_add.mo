// Nat16 addition traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat16 = 60_000;
let fits : Nat16 = 5_535;
let overflows : Nat16 = 5_536;
Debug.print(debug_show (x + fits));
Debug.print(debug_show (x + overflows));
Debug.print("not reached");
