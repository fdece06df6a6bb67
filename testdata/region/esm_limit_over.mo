// ExperimentalStableMemory refuses to grow past 65_536 pages, in one step or
// several; a refused grow returns 0xFFFF_FFFF_FFFF_FFFF and changes nothing.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

Debug.print(debug_show StableMemory.grow(65_537));
Debug.print(debug_show StableMemory.grow(0xFFFF_FFFF_FFFF_FFFF));
Debug.print(debug_show (StableMemory.size(), Prim.rts_stable_memory_size()));
Debug.print(debug_show StableMemory.grow(65_000));
Debug.print(debug_show StableMemory.grow(537));
Debug.print(debug_show StableMemory.grow(536));
Debug.print(debug_show StableMemory.grow(1));
Debug.print(debug_show (StableMemory.size(), Prim.rts_stable_memory_size()));
