// Int remainder by zero traps.
import Debug "mo:base/Debug";

let a : Int = -17;
let b : Int = 0;
Debug.print(debug_show (a % 5));
let c : Int = 17;
Debug.print(debug_show (c % b));
