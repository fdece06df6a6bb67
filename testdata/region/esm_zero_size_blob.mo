// Storing an empty blob into ExperimentalStableMemory of size 0 traps with
// "StableMemory offset out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(0));
StableMemory.storeBlob(0, "");
Debug.print("not reached");
