// The raw mo:⛔ stableMemory primitives (deprecated, warning M0199) that
// mo:base/ExperimentalStableMemory binds.
import Prim "mo:⛔";

Prim.debugPrint(debug_show Prim.stableMemorySize());
Prim.debugPrint(debug_show Prim.stableMemoryGrow(2));
Prim.debugPrint(debug_show Prim.stableMemorySize());
Prim.stableMemoryStoreNat8(0, 1);
Prim.stableMemoryStoreNat16(1, 2);
Prim.stableMemoryStoreNat32(3, 3);
Prim.stableMemoryStoreNat64(7, 4);
Prim.stableMemoryStoreInt8(15, -1);
Prim.stableMemoryStoreInt16(16, -2);
Prim.stableMemoryStoreInt32(18, -3);
Prim.stableMemoryStoreInt64(22, -4);
Prim.stableMemoryStoreFloat(30, 1e10);
Prim.stableMemoryStoreBlob(38, "\C0\DE");
Prim.debugPrint(debug_show (Prim.stableMemoryLoadNat8(0), Prim.stableMemoryLoadNat16(1), Prim.stableMemoryLoadNat32(3), Prim.stableMemoryLoadNat64(7)));
Prim.debugPrint(debug_show (Prim.stableMemoryLoadInt8(15), Prim.stableMemoryLoadInt16(16), Prim.stableMemoryLoadInt32(18), Prim.stableMemoryLoadInt64(22)));
Prim.debugPrint(debug_show (Prim.stableMemoryLoadFloat(30), Prim.stableMemoryLoadBlob(38, 2)));
Prim.debugPrint(debug_show (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
