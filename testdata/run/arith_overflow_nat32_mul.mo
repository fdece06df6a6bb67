// Nat32 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat32 = 65_535;
let fits : Nat32 = 65_537;
let overflows : Nat32 = 65_538;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
