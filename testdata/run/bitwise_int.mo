// Signed shifts: >> keeps the sign; << never traps.
import Debug "mo:base/Debug";

let a : Int8 = -16;
let b : Int32 = 1;
let c : Int64 = -1;
Debug.print(debug_show (a >> 2));
Debug.print(debug_show (a << 3));
Debug.print(debug_show (a <<> 1));
Debug.print(debug_show (a <>> 1));
Debug.print(debug_show (b << 31));
Debug.print(debug_show (c >> 63));
Debug.print(debug_show ((1 : Int64) << 63));
Debug.print(debug_show (a & 0x7));
Debug.print(debug_show (a | 1, a ^ -1));
