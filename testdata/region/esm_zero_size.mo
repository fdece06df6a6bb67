// ExperimentalStableMemory starts with size 0: an eight-byte load traps with
// "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.size());
Debug.print(debug_show StableMemory.loadNat64(0));
Debug.print("not reached");
