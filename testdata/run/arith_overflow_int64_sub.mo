// Int64 subtraction traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Int64 = -9_000_000_000_000_000_000;
let fits : Int64 = 223_372_036_854_775_808;
let overflows : Int64 = 223_372_036_854_775_809;
Debug.print(debug_show (x - fits));
Debug.print(debug_show (x - overflows));
Debug.print("not reached");
