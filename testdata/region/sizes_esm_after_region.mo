// ExperimentalStableMemory used only after a region exists behaves like one
// more region: its first grow takes a whole block.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func show(what : Text) {
  Debug.print(debug_show (what, Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
};

let r = Region.new();
show("new");
Debug.print(debug_show StableMemory.grow(2));
show("StableMemory.grow 2");
Debug.print(debug_show Region.grow(r, 1));
show("grow r 1");
Debug.print(debug_show StableMemory.grow(126));
show("StableMemory.grow 126");
Debug.print(debug_show StableMemory.grow(1));
show("StableMemory.grow 1");
StableMemory.storeNat32(128 * 65_536, 9);
Region.storeNat32(r, 0, 10);
Debug.print(debug_show (StableMemory.loadNat32(128 * 65_536), Region.loadNat32(r, 0), StableMemory.loadNat32(0)));
