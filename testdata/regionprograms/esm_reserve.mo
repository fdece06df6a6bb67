// Reserving ExperimentalStableMemory in large steps and backing off when a step fails.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Prim "mo:⛔";

func reserve(pages : Nat64) : Bool {
  StableMemory.grow(pages) != 0xFFFF_FFFF_FFFF_FFFF;
};

// grow by halving steps until nothing more fits under the limit
var step : Nat64 = 40_000;
var attempts = 0;
while (step > 0) {
  attempts += 1;
  if (not reserve(step)) step /= 2;
};
Debug.print(debug_show (StableMemory.size(), attempts, Prim.rts_stable_memory_size()));
Debug.print(debug_show (StableMemory.grow(0), StableMemory.grow(1)));
// the last byte is addressable, one past is not
let last = StableMemory.size() * 65_536 - 1;
StableMemory.storeNat8(last, 0xEE);
Debug.print(debug_show (last, StableMemory.loadNat8(last), StableMemory.loadNat8(0)));
Debug.print(debug_show StableMemory.loadBlob(last - 3, 4));
StableMemory.storeNat16(last, 1);
// trap-span: 25.1-25.33
