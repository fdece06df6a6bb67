// motoko-base ExperimentalStableMemory: the single stable memory.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show (StableMemory.size(), StableMemory.grow(1), StableMemory.size()));
StableMemory.storeNat8(0, 7);
StableMemory.storeNat16(2, 700);
StableMemory.storeNat32(4, 70000);
StableMemory.storeNat64(8, 7_000_000_000);
StableMemory.storeInt8(16, -7);
StableMemory.storeInt16(18, -700);
StableMemory.storeInt32(20, -70000);
StableMemory.storeInt64(24, -7_000_000_000);
StableMemory.storeFloat(32, -0.5);
StableMemory.storeBlob(40, "\DE\AD");
Debug.print(debug_show (StableMemory.loadNat8(0), StableMemory.loadNat16(2), StableMemory.loadNat32(4), StableMemory.loadNat64(8), StableMemory.loadInt8(16), StableMemory.loadInt16(18), StableMemory.loadInt32(20), StableMemory.loadInt64(24), StableMemory.loadFloat(32), StableMemory.loadBlob(40, 2)));
