// 65_408 pages of ExperimentalStableMemory still migrate: the memory is then
// completely full (65_536 physical pages) and nothing can grow.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

ignore StableMemory.grow(65_408);
StableMemory.storeNat8(65_408 * 65_536 - 1, 3);
let r = Region.new();
Debug.print(debug_show (Region.id(r), Prim.rts_stable_memory_size()));
Debug.print(debug_show StableMemory.loadNat8(65_408 * 65_536 - 1));
Debug.print(debug_show Region.grow(r, 1));
Debug.print(debug_show Region.grow(r, 0));
Debug.print(debug_show StableMemory.grow(1));
Debug.print(debug_show Prim.rts_stable_memory_size());
