// Fixed-width division by zero traps.
import Debug "mo:base/Debug";

let a : Nat8 = 200;
let z : Nat8 = 0;
Debug.print(debug_show (a / 4));
Debug.print(debug_show (a / z));
