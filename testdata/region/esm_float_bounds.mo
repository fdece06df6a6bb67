// Float in ExperimentalStableMemory: a value at the last valid offset of a 2-page memory reads back;
// a load one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(2));
let last : Nat64 = 2 * 65_536 - 8;
Debug.print(debug_show last);
StableMemory.storeFloat(last, -1.5);
Debug.print(debug_show StableMemory.loadFloat(last));
Debug.print(debug_show StableMemory.loadFloat(last - 8));
Debug.print(debug_show StableMemory.loadFloat(last + 1));
Debug.print("not reached");
