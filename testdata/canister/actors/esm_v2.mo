// Version 2 starts using regions: ExperimentalStableMemory becomes region
// 0 and keeps its data; new regions get ids from 16, across upgrades.
import Prim "mo:⛔";
import StableMemory "mo:base/ExperimentalStableMemory";
import Region "mo:base/Region";

actor {
  stable var regions : [Region.Region] = [];
  regions := [Region.new()];
  ignore Region.grow(regions[0], 1);
  Prim.debugPrint("v2: " # debug_show {
    word = StableMemory.loadNat64(3 * 65536 - 8);
    pages = StableMemory.size();
    grownFree = StableMemory.grow(10);
    ids = regions.size();
    newest = Region.id(regions[0]);
    physical = Prim.rts_stable_memory_size();
    logical = Prim.rts_logical_stable_memory_size() });
};
