// Int ** with an exponent that is negative at run time.
import Debug "mo:base/Debug";

let b : Int8 = 2;
let e : Int8 = -1;
Debug.print(debug_show (b ** 2));
Debug.print(debug_show (b ** e));
