// ExperimentalStableMemory data migrated into the region system, and
// region ids that keep counting across upgrades and runs.
import Prim "mo:⛔";
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";

actor {
  stable var regions : [Region] = [];

  public func esm() : async () {
    ignore StableMemory.grow(1);
    StableMemory.storeNat32(4, 1234);
  };

  public func more() : async () {
    let r = Region.new();
    ignore Region.grow(r, 1);
    Region.storeNat8(r, 0, Prim.natToNat8(regions.size() + 1));
    regions := Prim.Array_tabulate<Region>(regions.size() + 1, func k { if (k < regions.size()) regions[k] else r });
  };

  public func fail() : async () {
    let r = Region.new();
    ignore Region.grow(r, 5);
    assert false;
  };

  public query func show() : async () {
    Prim.debugPrint("stable memory: " # debug_show (StableMemory.size(), StableMemory.loadNat32(4)));
    for (r in regions.vals()) {
      Prim.debugPrint(debug_show (Region.id(r), Region.size(r), Region.loadNat8(r, 0)));
    };
  };
};
