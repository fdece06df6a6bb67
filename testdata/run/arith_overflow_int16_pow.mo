// Int16 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int16 = -2;
let fits : Int16 = 15;
let overflows : Int16 = 16;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
