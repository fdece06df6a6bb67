// In ExperimentalStableMemory a wrapping access traps with
// "StableMemory range overflow".
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
StableMemory.storeNat32(65_532, 7);
Debug.print(debug_show StableMemory.loadNat32(65_532));
StableMemory.storeNat32(0xFFFF_FFFF_FFFF_FFFE, 7);
Debug.print("not reached");
