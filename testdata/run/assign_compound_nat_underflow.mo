// -= on a Nat variable below zero traps.
import Debug "mo:base/Debug";

var budget = 5;
for (cost in [2, 2, 2].vals()) {
  budget -= cost;
  Debug.print(debug_show budget);
};
