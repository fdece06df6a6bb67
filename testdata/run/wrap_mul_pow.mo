// Wrapping *% and **% keep the low bits.
import Debug "mo:base/Debug";

let a : Nat8 = 16;
let b : Int16 = 300;
let c : Nat32 = 65_537;
let d : Int64 = 3;
Debug.print(debug_show (a *% 17));
Debug.print(debug_show (b *% 300));
Debug.print(debug_show (c *% c));
Debug.print(debug_show (a **% 2));
Debug.print(debug_show ((2 : Nat8) **% 9));
Debug.print(debug_show ((2 : Int8) **% 7));
Debug.print(debug_show (d **% 41));
