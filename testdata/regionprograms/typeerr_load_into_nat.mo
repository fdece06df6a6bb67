// A Nat32 counter loaded from a Region is not a Nat.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
func visits() : Nat {
  Region.loadNat32(r, 0);
};
Debug.print(debug_show visits());
