// Bitwise operators on Nat8.
import Debug "mo:base/Debug";

let a : Nat8 = 0xF0;
let b : Nat8 = 0x3C;
Debug.print(debug_show (a & b));
Debug.print(debug_show (a | b));
Debug.print(debug_show (a ^ b));
Debug.print(debug_show (^a));
Debug.print(debug_show (b << 2));
Debug.print(debug_show (b >> 2));
Debug.print(debug_show (a <<> 4));
Debug.print(debug_show (b <>> 1));
Debug.print(debug_show (a << 9));
