import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show (StableMemory.size(), StableMemory.grow(0), StableMemory.grow(2), StableMemory.size(), StableMemory.grow(1), StableMemory.size()));
Debug.print(debug_show (StableMemory.grow(70_000), StableMemory.size()));

StableMemory.storeNat8(0, 255);
StableMemory.storeNat16(1, 0xABCD);
StableMemory.storeNat32(3, 0xDEAD_BEEF);
StableMemory.storeNat64(7, 0x0123_4567_89AB_CDEF);
Debug.print(debug_show (StableMemory.loadNat8(0), StableMemory.loadNat16(1), StableMemory.loadNat32(3), StableMemory.loadNat64(7)));
Debug.print(debug_show (StableMemory.loadBlob(0, 15)));

StableMemory.storeInt8(100, -1);
StableMemory.storeInt16(101, -2);
StableMemory.storeInt32(103, -3);
StableMemory.storeInt64(107, -4);
Debug.print(debug_show (StableMemory.loadInt8(100), StableMemory.loadInt16(101), StableMemory.loadInt32(103), StableMemory.loadInt64(107)));
Debug.print(debug_show (StableMemory.loadBlob(100, 15)));

StableMemory.storeFloat(200, 3.5);
StableMemory.storeFloat(208, -0.1);
Debug.print(debug_show (StableMemory.loadFloat(200), StableMemory.loadFloat(208), StableMemory.loadBlob(200, 16)));

StableMemory.storeBlob(65_530, "\01\02\03\04\05\06\07\08");
Debug.print(debug_show (StableMemory.loadBlob(65_530, 8), StableMemory.loadNat32(65_534), StableMemory.loadBlob(5, 0)));
Debug.print(debug_show (StableMemory.loadNat64(3 * 65_536 - 8), StableMemory.loadNat8(300)));
