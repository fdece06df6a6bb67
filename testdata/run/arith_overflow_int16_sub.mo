// Int16 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int16 = -30_000;
let fits : Int16 = 2_768;
let overflows : Int16 = 2_769;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
