// Comparison operators on Nat, Int and fixed-width types.
import Debug "mo:base/Debug";

let a : Int = -3;
let b : Int = 2;
Debug.print(debug_show (a < b, a <= b, a > b, a >= b, a == b, a != b));
Debug.print(debug_show (5 == 5, 5 != 5, 4 < 5, 5 <= 4));
let x : Nat8 = 200;
let y : Nat8 = 100;
Debug.print(debug_show (x > y, x < y, x == 200));
let p : Int64 = -1;
Debug.print(debug_show (p < 0, p >= -1));
Debug.print(debug_show (2 ** 100 > 2 ** 99));
