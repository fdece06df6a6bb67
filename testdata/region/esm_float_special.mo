// Special floats round-trip through ExperimentalStableMemory: NaN payloads,
// negative zero and infinities.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
StableMemory.storeNat64(100, 0x7FF4_0000_0000_1234);
let signalling = StableMemory.loadFloat(100);
StableMemory.storeFloat(108, signalling);
Debug.print(debug_show (signalling, StableMemory.loadNat64(108)));
StableMemory.storeFloat(116, -0.0);
Debug.print(debug_show (StableMemory.loadFloat(116), StableMemory.loadNat64(116)));
StableMemory.storeFloat(124, -1.0 / 0.0);
Debug.print(debug_show (StableMemory.loadFloat(124), StableMemory.loadBlob(124, 8)));
StableMemory.storeFloat(132, 0.1);
Debug.print(debug_show (StableMemory.loadFloat(132), StableMemory.loadNat64(132)));
