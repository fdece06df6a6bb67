// Version 1 keeps data in ExperimentalStableMemory only.
import Prim "mo:⛔";
import StableMemory "mo:base/ExperimentalStableMemory";

actor {
  if (StableMemory.size() == 0) {
    ignore StableMemory.grow(3);
    StableMemory.storeNat64(3 * 65536 - 8, 0x0123_4567_89AB_CDEF);
  };
  Prim.debugPrint("v1: " # debug_show { pages = StableMemory.size(); physical = Prim.rts_stable_memory_size() });
};
