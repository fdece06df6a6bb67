// An empty blob load at the end of ExperimentalStableMemory traps with
// "StableMemory offset out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
Debug.print(debug_show StableMemory.loadBlob(65_535, 0));
Debug.print(debug_show StableMemory.loadBlob(65_536, 0));
Debug.print("not reached");
