// Old code kept a counter table in ExperimentalStableMemory; new code moves it into a Region.
import StableMemory "mo:base/ExperimentalStableMemory";
import Region "mo:base/Region";
import Prim "mo:⛔";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

// --- old layout: [0] entry count : Nat32, then entries of (key : Nat32, hits : Nat64)
func oldInit() {
  ignore StableMemory.grow(1);
  StableMemory.storeNat32(0, 0);
};
func oldAdd(key : Nat32, hits : Nat64) {
  let n = StableMemory.loadNat32(0);
  let at = 4 + Nat64.fromNat(Prim.nat32ToNat(n)) * 12;
  StableMemory.storeNat32(at, key);
  StableMemory.storeNat64(at + 4, hits);
  StableMemory.storeNat32(0, n + 1);
};

oldInit();
oldAdd(7, 100);
oldAdd(11, 2_000);
oldAdd(13, 30_000_000_000);
Debug.print("old pages " # debug_show (StableMemory.size(), Prim.rts_stable_memory_size()));

// --- migration: copy into a fresh region, with a version byte in front
let fresh = Region.new();
Debug.print("after new " # debug_show (Prim.rts_stable_memory_size(), StableMemory.size(), Region.id(fresh)));
let count = StableMemory.loadNat32(0);
let bytes = 4 + Nat64.fromNat(Prim.nat32ToNat(count)) * 12;
ignore Region.grow(fresh, 1);
Region.storeNat8(fresh, 0, 2);
Region.storeBlob(fresh, 1, StableMemory.loadBlob(0, Nat64.toNat(bytes)));
Debug.print("after copy " # debug_show (Prim.rts_stable_memory_size(), Region.size(fresh)));

// --- new API reads through the region
func newGet(i : Nat64) : (Nat32, Nat64) {
  let at = 1 + 4 + i * 12;
  (Region.loadNat32(fresh, at), Region.loadNat64(fresh, at + 4));
};
var i : Nat64 = 0;
while (i < Nat64.fromNat(Prim.nat32ToNat(Region.loadNat32(fresh, 1)))) {
  Debug.print(debug_show newGet(i));
  i += 1;
};
// wipe the old table; region 0 still grows freely up to its block
StableMemory.storeBlob(0, "\00\00\00\00");
Debug.print(debug_show (StableMemory.grow(10), StableMemory.size(), Prim.rts_stable_memory_size()));
Debug.print(debug_show (StableMemory.grow(117), StableMemory.size(), Prim.rts_stable_memory_size()));
Debug.print(debug_show (StableMemory.grow(1), StableMemory.size(), Prim.rts_stable_memory_size()));
Debug.print(debug_show StableMemory.loadNat32(0));
