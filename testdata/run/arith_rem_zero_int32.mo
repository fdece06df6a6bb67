// Int32 remainder by zero traps.
import Debug "mo:base/Debug";

let a : Int32 = -17;
let b : Int32 = 0;
Debug.print(debug_show (a % 5));
Debug.print(debug_show (a % b));
