// ExperimentalStableMemory used alone: grow returns the old size and the
// physical and logical page counts equal its size (no overhead, no rounding).
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func show(step : Text, result : Nat64) {
  Debug.print(step # " -> " # debug_show result # ", size " # debug_show StableMemory.size() # ", pages " # debug_show (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
};

show("start", 0);
show("grow 0", StableMemory.grow(0));
show("grow 1", StableMemory.grow(1));
show("grow 5", StableMemory.grow(5));
show("grow 0", StableMemory.grow(0));
show("grow 200", StableMemory.grow(200));
StableMemory.storeNat16(6 * 65_536, 0xABCD);
show("store", 0);
Debug.print(debug_show StableMemory.loadNat16(6 * 65_536));
