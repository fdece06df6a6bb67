// Hexadecimal float literals, with or without a binary exponent.
import Prim "mo:⛔";
let (k, l) : (Float, Float) = (0x644., 0x644.5P-1);
Prim.debugPrint(debug_show (k, l, 0x1.8p4 : Float));
