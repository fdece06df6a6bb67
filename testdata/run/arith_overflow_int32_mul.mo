// Int32 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int32 = 65_536;
let fits : Int32 = -32_768;
let overflows : Int32 = 32_768;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
