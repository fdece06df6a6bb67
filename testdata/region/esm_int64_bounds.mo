// Int64 in ExperimentalStableMemory: a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(1));
let last : Nat64 = 1 * 65_536 - 8;
Debug.print(debug_show last);
StableMemory.storeInt64(last, -9_223_372_036_854_775_808);
Debug.print(debug_show StableMemory.loadInt64(last));
Debug.print(debug_show StableMemory.loadInt64(last - 8));
StableMemory.storeInt64(last + 1, -9_223_372_036_854_775_808);
Debug.print("not reached");
