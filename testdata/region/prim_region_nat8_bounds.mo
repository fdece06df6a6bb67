// Nat8 in a region (raw mo:⛔ primitives): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "Region error: offset out of bounds".
import Prim "mo:⛔";
import Debug "mo:base/Debug";

let r = Prim.regionNew();
Debug.print(debug_show Prim.regionGrow(r, 1));
let last : Nat64 = 1 * 65_536 - 1;
Debug.print(debug_show last);
Prim.regionStoreNat8(r, last, 0xAB);
Debug.print(debug_show Prim.regionLoadNat8(r, last));
Debug.print(debug_show Prim.regionLoadNat8(r, last - 8));
Prim.regionStoreNat8(r, last + 1, 0xAB);
Debug.print("not reached");
