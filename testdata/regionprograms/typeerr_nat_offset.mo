// A developer passes a Nat index straight into a Region offset.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let log = Region.new();
ignore Region.grow(log, 1);

func writeEntry(i : Nat, value : Nat64) {
  Region.storeNat64(log, i * 8, value);
};

writeEntry(3, 42);
Debug.print(debug_show Region.loadNat64(log, 24));
