// Unary minus, plus and bitwise complement.
import Debug "mo:base/Debug";

let i : Int = 5;
let n8 : Nat8 = 5;
let i16 : Int16 = -300;
Debug.print(debug_show (-i));
Debug.print(debug_show (+i));
Debug.print(debug_show (- -i));
Debug.print(debug_show (^n8));
Debug.print(debug_show (^i16));
Debug.print(debug_show (-i16));
Debug.print(debug_show (-3));
Debug.print(debug_show (+3));
Debug.print(debug_show (^(0 : Nat32)));
Debug.print(debug_show (-(1.5)));
