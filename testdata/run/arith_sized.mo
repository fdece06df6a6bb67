// Fixed-width arithmetic that stays in range.
import Debug "mo:base/Debug";

let a : Nat8 = 250;
let b : Nat16 = 1_000;
let c : Int32 = -70_000;
let d : Int64 = 5;
Debug.print(debug_show (a + 5, a - 250, a / 3, a % 7));
Debug.print(debug_show (b * 65, b / 3, b ** 1));
Debug.print(debug_show (c * 3, c / 7, c % 9, -c));
Debug.print(debug_show (d ** 27, -d / 2, -d % 2));
let e : Int8 = -7;
Debug.print(debug_show (e / 2, e % 2, e * -18));
