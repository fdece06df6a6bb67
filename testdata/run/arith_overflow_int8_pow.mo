// Int8 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int8 = 2;
let fits : Int8 = 6;
let overflows : Int8 = 7;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
