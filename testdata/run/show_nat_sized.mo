// Fixed-width naturals print like Nat.
import Debug "mo:base/Debug";

let a : Nat8 = 255;
let b : Nat16 = 65_535;
let c : Nat32 = 4_294_967_295;
let d : Nat64 = 18_446_744_073_709_551_615;
let z : Nat8 = 0;
Debug.print(debug_show a);
Debug.print(debug_show b);
Debug.print(debug_show c);
Debug.print(debug_show d);
Debug.print(debug_show z);
Debug.print(debug_show (a, b, c, d));
