// Nat32 in ExperimentalStableMemory: a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(1));
let last : Nat64 = 1 * 65_536 - 4;
Debug.print(debug_show last);
StableMemory.storeNat32(last, 0xDEAD_BEEF);
Debug.print(debug_show StableMemory.loadNat32(last));
Debug.print(debug_show StableMemory.loadNat32(last - 8));
StableMemory.storeNat32(last + 1, 0xDEAD_BEEF);
Debug.print("not reached");
