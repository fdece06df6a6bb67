// The operand types choose the operator: the same text computes differently.
import Debug "mo:base/Debug";

let n : Nat = 7;
let i : Int = 7;
let f : Float = 7;
let w : Nat8 = 7;
Debug.print(debug_show (n / 2, i / 2, f / 2, w / 2));
Debug.print(debug_show (n - 5, i - 9, f - 9, w - 5));
Debug.print(debug_show (n * 40, w *% 40));
Debug.print(debug_show (n % 4, i % -4, f % 4));
Debug.print(debug_show (n == 7, i == 7, f == 7, w == 7));
