import Char "mo:base/Char";
import Debug "mo:base/Debug";

Debug.print(debug_show (Char.fromNat32(0x10FFFF)));
Debug.print(debug_show (Char.fromNat32(0xD800)));
// trap: Char.fromNat32(0xD800)
