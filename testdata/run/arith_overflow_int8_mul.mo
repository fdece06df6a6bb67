// Int8 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int8 = -64;
let fits : Int8 = 2;
let overflows : Int8 = -2;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
