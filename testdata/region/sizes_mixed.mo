// Physical and logical stable memory sizes after each step of a program that
// uses a region first and ExperimentalStableMemory afterwards.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func step(what : Text) {
  Debug.print(what # ": physical " # debug_show Prim.rts_stable_memory_size() # ", logical " # debug_show Prim.rts_logical_stable_memory_size());
};

step("start");
let r = Region.new();
step("Region.new");
ignore Region.grow(r, 0);
step("grow r 0");
ignore Region.grow(r, 2);
step("grow r 2");
ignore StableMemory.grow(0);
step("StableMemory.grow 0");
ignore StableMemory.grow(1);
step("StableMemory.grow 1");
StableMemory.storeNat64(8, 42);
step("StableMemory.storeNat64");
let s = Region.new();
step("Region.new again");
ignore Region.grow(s, 129);
step("grow s 129");
ignore StableMemory.grow(127);
step("StableMemory.grow 127");
ignore StableMemory.grow(1);
step("StableMemory.grow 1");
ignore Region.grow(r, 126);
step("grow r 126");
Debug.print(debug_show (StableMemory.size(), Region.size(r), Region.size(s), StableMemory.loadNat64(8)));
