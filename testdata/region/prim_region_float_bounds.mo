// Float in a region (raw mo:⛔ primitives): a value at the last valid offset of a 2-page memory reads back;
// a load one byte further traps with "Region error: range out of bounds".
import Prim "mo:⛔";
import Debug "mo:base/Debug";

let r = Prim.regionNew();
Debug.print(debug_show Prim.regionGrow(r, 2));
let last : Nat64 = 2 * 65_536 - 8;
Debug.print(debug_show last);
Prim.regionStoreFloat(r, last, -1.5);
Debug.print(debug_show Prim.regionLoadFloat(r, last));
Debug.print(debug_show Prim.regionLoadFloat(r, last - 8));
Debug.print(debug_show Prim.regionLoadFloat(r, last + 1));
Debug.print("not reached");
