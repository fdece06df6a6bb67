// Int16 in ExperimentalStableMemory: a value at the last valid offset of a 2-page memory reads back;
// a store one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(2));
let last : Nat64 = 2 * 65_536 - 2;
Debug.print(debug_show last);
StableMemory.storeInt16(last, -12_345);
Debug.print(debug_show StableMemory.loadInt16(last));
Debug.print(debug_show StableMemory.loadInt16(last - 8));
StableMemory.storeInt16(last + 1, -12_345);
Debug.print("not reached");
