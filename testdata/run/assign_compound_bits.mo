// Compound bitwise and shift assignments.
import Debug "mo:base/Debug";

var b : Nat8 = 0x0F;
b &= 0x3C;
Debug.print(debug_show b);
b |= 0x81;
Debug.print(debug_show b);
b ^= 0xFF;
Debug.print(debug_show b);
b <<= 2;
Debug.print(debug_show b);
b >>= 3;
Debug.print(debug_show b);
var s : Int32 = -64;
s >>= 2;
s <<= 1;
Debug.print(debug_show s);
