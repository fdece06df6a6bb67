// Bitwise operators on Nat16, Nat32 and Nat64; shift amounts are taken modulo the width.
import Debug "mo:base/Debug";

let h : Nat16 = 0xABCD;
let w : Nat32 = 0xDEAD_BEEF;
let q : Nat64 = 0x0123_4567_89AB_CDEF;
Debug.print(debug_show (h >> 8, h & 0xFF, h <<> 4));
Debug.print(debug_show (w <>> 16, w ^ 0xFFFF_FFFF, w << 36));
Debug.print(debug_show (q >> 32, q <<> 8, q | 1));
Debug.print(debug_show ((1 : Nat16) << 16));
Debug.print(debug_show ((0x8000_0000 : Nat32) <<> 1));
