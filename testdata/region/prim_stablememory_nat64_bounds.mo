// Nat64 in stable memory (raw mo:⛔ primitives): a value at the last valid offset of a 1-page memory reads back;
// a load one byte further traps with "StableMemory range out of bounds".
import Prim "mo:⛔";
import Debug "mo:base/Debug";

Debug.print(debug_show Prim.stableMemoryGrow(1));
let last : Nat64 = 1 * 65_536 - 8;
Debug.print(debug_show last);
Prim.stableMemoryStoreNat64(last, 0x0123_4567_89AB_CDEF);
Debug.print(debug_show Prim.stableMemoryLoadNat64(last));
Debug.print(debug_show Prim.stableMemoryLoadNat64(last - 8));
Debug.print(debug_show Prim.stableMemoryLoadNat64(last + 1));
Debug.print("not reached");
