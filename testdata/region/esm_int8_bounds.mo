// Int8 in ExperimentalStableMemory: a value at the last valid offset of a 1-page memory reads back;
// a load one byte further traps with "StableMemory offset out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(1));
let last : Nat64 = 1 * 65_536 - 1;
Debug.print(debug_show last);
StableMemory.storeInt8(last, -128);
Debug.print(debug_show StableMemory.loadInt8(last));
Debug.print(debug_show StableMemory.loadInt8(last - 8));
Debug.print(debug_show StableMemory.loadInt8(last + 1));
Debug.print("not reached");
