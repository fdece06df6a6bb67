// A region that is no longer referenced keeps its blocks: physical memory does
// not shrink, and the next region gets a fresh block and a fresh id.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func fill() : Nat {
  let t = Region.new();
  ignore Region.grow(t, 1);
  Region.storeNat8(t, 0, 1);
  Region.id(t)
};
Debug.print(debug_show (fill(), Prim.rts_stable_memory_size()));
Debug.print(debug_show (fill(), Prim.rts_stable_memory_size()));
let keep = Region.new();
ignore Region.grow(keep, 1);
Debug.print(debug_show (Region.id(keep), Prim.rts_stable_memory_size()));
Debug.print(debug_show Region.loadNat8(keep, 0));
