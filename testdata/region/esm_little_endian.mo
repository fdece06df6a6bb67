// ExperimentalStableMemory is little-endian too, including unaligned accesses.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
StableMemory.storeNat64(3, 0x8877_6655_4433_2211);
Debug.print(debug_show StableMemory.loadBlob(0, 12));
Debug.print(debug_show StableMemory.loadNat32(3));
Debug.print(debug_show StableMemory.loadNat32(7));
Debug.print(debug_show StableMemory.loadInt64(3));
StableMemory.storeInt16(20, -32_768);
Debug.print(debug_show StableMemory.loadBlob(20, 2));
StableMemory.storeNat32(30, 0x0A0B_0C0D);
Debug.print(debug_show StableMemory.loadNat16(30));
Debug.print(debug_show StableMemory.loadNat16(32));
