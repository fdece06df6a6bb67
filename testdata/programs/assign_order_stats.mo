// Updating counters whose new value comes from a helper that also touches the counters:
// the old value is read before the helper runs.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let counts = Array.init<Nat>(3, 0);
type Stats = { var total : Nat; var calls : Nat };
let stats : Stats = { var total = 0; var calls = 0 };

// Records a visit and returns its weight; it also bumps the counters it is used with.
func weigh(bucket : Nat, w : Nat) : Nat {
  counts[bucket] += 100;
  stats.calls += 1;
  stats.total += 1000;
  Debug.print("weigh(" # debug_show bucket # ", " # debug_show w # ")");
  w
};

counts[0] += weigh(0, 5);
counts[1] := counts[1] + weigh(1, 5);
stats.total += weigh(2, 7);
Debug.print(debug_show counts);
Debug.print(debug_show (stats.total, stats.calls));

var log = "start";
func note(t : Text) : Text { log := "overwritten"; t };
log #= note("+event");
Debug.print(log);
