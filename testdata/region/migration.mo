// ExperimentalStableMemory data written before the first Region.new() survives
// the migration to region 0; region 0 then grows free up to its block boundary.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func show(what : Text) {
  Debug.print(debug_show (what, Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
};

Debug.print(debug_show StableMemory.grow(3));
StableMemory.storeNat64(0, 0xDEAD_BEEF_CAFE_F00D);
StableMemory.storeNat8(3 * 65_536 - 1, 99);
StableMemory.storeBlob(65_530, "\01\02\03\04\05\06\07\08\09\0A");
show("before Region.new");
let r = Region.new();
show("after Region.new");
Debug.print(debug_show (Region.id(r), StableMemory.size()));
Debug.print(debug_show StableMemory.loadNat64(0));
Debug.print(debug_show StableMemory.loadNat8(3 * 65_536 - 1));
Debug.print(debug_show StableMemory.loadBlob(65_530, 10));
Debug.print(debug_show StableMemory.grow(125));
show("StableMemory.grow 125");
Debug.print(debug_show StableMemory.grow(1));
show("StableMemory.grow 1");
Debug.print(debug_show Region.grow(r, 1));
show("grow r 1");
Region.storeNat64(r, 0, 1);
Debug.print(debug_show (StableMemory.loadNat64(0), Region.loadNat64(r, 0)));
