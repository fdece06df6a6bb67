// Int ** takes a Nat exponent; fixed-width types use their own type for both.
import Debug "mo:base/Debug";

let base : Int = -3;
let e : Nat = 5;
Debug.print(debug_show (base ** e));
let b8 : Nat8 = 3;
Debug.print(debug_show (b8 ** 5));
let bi : Int64 = -10;
Debug.print(debug_show (bi ** 18));
Debug.print(debug_show (0 ** 0));
