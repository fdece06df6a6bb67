// Every scalar type round-trips through ExperimentalStableMemory, each stored
// so that it straddles the boundary between pages 0 and 1 where it can.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(2);
let edge : Nat64 = 65_536;
StableMemory.storeNat8(edge - 1, 200);
Debug.print(debug_show StableMemory.loadNat8(edge - 1));
StableMemory.storeNat16(edge - 1, 40_000);
Debug.print(debug_show StableMemory.loadNat16(edge - 1));
StableMemory.storeNat32(edge - 2, 3_000_000_000);
Debug.print(debug_show StableMemory.loadNat32(edge - 2));
StableMemory.storeNat64(edge - 3, 10_000_000_000_000_000_000);
Debug.print(debug_show StableMemory.loadNat64(edge - 3));
StableMemory.storeInt8(edge, -100);
Debug.print(debug_show StableMemory.loadInt8(edge));
StableMemory.storeInt16(edge - 1, -20_000);
Debug.print(debug_show StableMemory.loadInt16(edge - 1));
StableMemory.storeInt32(edge - 3, -1_000_000_000);
Debug.print(debug_show StableMemory.loadInt32(edge - 3));
StableMemory.storeInt64(edge - 5, -1_000_000_000_000_000_000);
Debug.print(debug_show StableMemory.loadInt64(edge - 5));
StableMemory.storeFloat(edge - 4, -123.456);
Debug.print(debug_show StableMemory.loadFloat(edge - 4));
StableMemory.storeBlob(edge - 2, "\00\01\02\03");
Debug.print(debug_show StableMemory.loadBlob(edge - 2, 4));
Debug.print(debug_show StableMemory.loadBlob(edge - 6, 10));
