// Int32 in ExperimentalStableMemory: a value at the last valid offset of a 1-page memory reads back;
// a load one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(1));
let last : Nat64 = 1 * 65_536 - 4;
Debug.print(debug_show last);
StableMemory.storeInt32(last, -2_000_000_000);
Debug.print(debug_show StableMemory.loadInt32(last));
Debug.print(debug_show StableMemory.loadInt32(last - 8));
Debug.print(debug_show StableMemory.loadInt32(last + 1));
Debug.print("not reached");
