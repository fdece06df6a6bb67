// Int16 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int16 = -256;
let fits : Int16 = 128;
let overflows : Int16 = -128;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
