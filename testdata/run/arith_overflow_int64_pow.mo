// Int64 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int64 = -2;
let fits : Int64 = 63;
let overflows : Int64 = 64;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
