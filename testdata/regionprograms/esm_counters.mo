// Old-style code: per-day visit counters directly in ExperimentalStableMemory, via the raw primitives.
import Prim "mo:⛔";
import Debug "mo:base/Debug";

let days : Nat64 = 366;

func ensure() {
  if (Prim.stableMemorySize() == 0) {
    let old = Prim.stableMemoryGrow(1);
    assert old == 0;
  };
};

func bump(day : Nat64, by : Nat32) : Nat32 {
  if (day >= days) Debug.trap("day out of range: " # debug_show day);
  let at = day * 4;
  let v = Prim.stableMemoryLoadNat32(at) + by;
  Prim.stableMemoryStoreNat32(at, v);
  v;
};

ensure();
ensure();
ignore bump(0, 1);
ignore bump(0, 1);
ignore bump(59, 10);
ignore bump(365, 4_000_000_000);
Debug.print(debug_show (bump(0, 0), bump(59, 0), bump(365, 0), Prim.stableMemorySize()));
Debug.print(debug_show Prim.stableMemoryLoadBlob(0, 8));
Debug.print(debug_show Prim.stableMemoryLoadBlob(365 * 4, 4));
Debug.print(debug_show (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
// the busiest day overflows its Nat32 counter
ignore bump(365, 300_000_000);
// trap-span: 17.11-17.46
