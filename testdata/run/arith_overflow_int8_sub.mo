// Int8 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int8 = -100;
let fits : Int8 = 28;
let overflows : Int8 = 29;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
