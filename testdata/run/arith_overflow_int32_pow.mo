// Int32 exponentiation traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int32 = 2;
let fits : Int32 = 30;
let overflows : Int32 = 31;
Debug.print(debug_show (x ** fits));
Debug.print(debug_show (x ** overflows));
Debug.print("not reached");
