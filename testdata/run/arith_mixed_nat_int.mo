// Nat operands mix with Int operands, giving Int.
import Debug "mo:base/Debug";

let n : Nat = 3;
let i : Int = -5;
Debug.print(debug_show (n + i));
Debug.print(debug_show (i * n));
Debug.print(debug_show (n - i));
Debug.print(debug_show (n < i, n == 3, i + 5 == 0));
let total : Int = n + n;
Debug.print(debug_show total);
