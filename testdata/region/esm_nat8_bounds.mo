// Nat8 in ExperimentalStableMemory: a value at the last valid offset of a 2-page memory reads back;
// a store one byte further traps with "StableMemory offset out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(2));
let last : Nat64 = 2 * 65_536 - 1;
Debug.print(debug_show last);
StableMemory.storeNat8(last, 0xAB);
Debug.print(debug_show StableMemory.loadNat8(last));
Debug.print(debug_show StableMemory.loadNat8(last - 8));
StableMemory.storeNat8(last + 1, 0xAB);
Debug.print("not reached");
