// After migration ExperimentalStableMemory is region 0, but its bounds are its
// own logical size and its traps keep the "StableMemory" wording.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

ignore StableMemory.grow(1);
let r = Region.new();
Debug.print(debug_show (Prim.rts_stable_memory_size(), StableMemory.size()));
StableMemory.storeNat32(65_532, 5);
Debug.print(debug_show StableMemory.loadNat32(65_532));
Debug.print(debug_show StableMemory.loadNat32(65_533));
Debug.print("not reached");
