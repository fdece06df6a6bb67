// Nat64 in ExperimentalStableMemory: a value at the last valid offset of a 3-page memory reads back;
// a load one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(3));
let last : Nat64 = 3 * 65_536 - 8;
Debug.print(debug_show last);
StableMemory.storeNat64(last, 0x0123_4567_89AB_CDEF);
Debug.print(debug_show StableMemory.loadNat64(last));
Debug.print(debug_show StableMemory.loadNat64(last - 8));
Debug.print(debug_show StableMemory.loadNat64(last + 1));
Debug.print("not reached");
