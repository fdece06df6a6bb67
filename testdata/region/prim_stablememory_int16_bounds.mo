// Int16 in stable memory (raw mo:⛔ primitives): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "StableMemory range out of bounds".
import Prim "mo:⛔";
import Debug "mo:base/Debug";

Debug.print(debug_show Prim.stableMemoryGrow(1));
let last : Nat64 = 1 * 65_536 - 2;
Debug.print(debug_show last);
Prim.stableMemoryStoreInt16(last, -12_345);
Debug.print(debug_show Prim.stableMemoryLoadInt16(last));
Debug.print(debug_show Prim.stableMemoryLoadInt16(last - 8));
Prim.stableMemoryStoreInt16(last + 1, -12_345);
Debug.print("not reached");
