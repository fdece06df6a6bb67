// The primitive module mo:⛔.
import Prim "mo:⛔";

Prim.debugPrint("printed by the primitive");
Prim.debugPrint(debug_show Prim.nat8ToNat(200));
Prim.debugPrint(debug_show Prim.natToNat8(17));
Prim.debugPrint(debug_show Prim.charToNat32('A'));
Prim.debugPrint(Prim.charToText('z'));
Prim.debugPrint(debug_show Prim.intToInt32Wrap(-1));
