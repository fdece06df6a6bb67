// ExperimentalStableMemory alone reaches exactly 65_536 pages (4 GiB), costs
// exactly its size, and its very last byte is usable.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

Debug.print(debug_show StableMemory.grow(65_536));
Debug.print(debug_show StableMemory.size());
Debug.print(debug_show (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
Debug.print(debug_show StableMemory.grow(1));
Debug.print(debug_show StableMemory.grow(0));
let lastByte : Nat64 = 65_536 * 65_536 - 1;
StableMemory.storeNat8(lastByte, 200);
Debug.print(debug_show (lastByte, StableMemory.loadNat8(lastByte)));
StableMemory.storeNat64(lastByte - 7, 0x1122_3344_5566_7788);
Debug.print(debug_show StableMemory.loadNat64(lastByte - 7));
