// Wrapping +% and -% never trap.
import Debug "mo:base/Debug";

let a : Nat8 = 250;
let b : Int8 = 120;
let c : Nat64 = 18_446_744_073_709_551_615;
let d : Int32 = -2_147_483_648;
Debug.print(debug_show (a +% 10));
Debug.print(debug_show (a -% 251));
Debug.print(debug_show (b +% 10));
Debug.print(debug_show (-b -% 10));
Debug.print(debug_show (c +% 2));
Debug.print(debug_show (d -% 1));
Debug.print(debug_show ((0 : Nat16) -% 1));
