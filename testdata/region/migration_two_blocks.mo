// Migration rounds ExperimentalStableMemory up to whole blocks: 200 pages
// become two blocks after the 128-page header.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

ignore StableMemory.grow(200);
StableMemory.storeNat32(199 * 65_536, 12_345);
Debug.print(debug_show Prim.rts_stable_memory_size());
let r = Region.new();
Debug.print(debug_show Prim.rts_stable_memory_size());
Debug.print(debug_show StableMemory.loadNat32(199 * 65_536));
Debug.print(debug_show StableMemory.grow(56));
Debug.print(debug_show Prim.rts_stable_memory_size());
Debug.print(debug_show Region.grow(r, 10));
Debug.print(debug_show Prim.rts_stable_memory_size());
