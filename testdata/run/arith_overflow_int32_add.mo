// Int32 addition traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int32 = 2_000_000_000;
let fits : Int32 = 147_483_647;
let overflows : Int32 = 147_483_648;
Debug.print(debug_show (x + fits));
Debug.print(debug_show (x + overflows));
Debug.print("not reached");
