import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
StableMemory.storeNat16(65_534, 1);
Debug.print(debug_show (StableMemory.loadNat16(65_534)));
StableMemory.storeNat16(65_535, 1);
// trap: StableMemory.storeNat16(65_535, 1)
