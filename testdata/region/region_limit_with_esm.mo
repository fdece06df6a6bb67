// After migration, ExperimentalStableMemory's block counts against the
// 511-block ceiling: a new region gets at most 510 blocks.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

Debug.print(debug_show StableMemory.grow(1));
let r = Region.new();
Debug.print(debug_show Prim.rts_stable_memory_size());
Debug.print(debug_show Region.grow(r, 65_281));
Debug.print(debug_show Region.grow(r, 65_280));
Debug.print(debug_show Prim.rts_stable_memory_size());
Debug.print(debug_show Region.grow(r, 1));
Debug.print(debug_show StableMemory.grow(127));
Debug.print(debug_show StableMemory.grow(1));
Debug.print(debug_show (StableMemory.size(), Region.size(r)));
