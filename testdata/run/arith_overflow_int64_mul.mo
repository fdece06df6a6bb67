// Int64 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int64 = 4_294_967_296;
let fits : Int64 = -2_147_483_648;
let overflows : Int64 = 2_147_483_648;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
