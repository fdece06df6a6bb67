// An access whose end wraps past 2^64 traps with "Region error: range overflow",
// not "range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
let max : Nat64 = 0xFFFF_FFFF_FFFF_FFFF;
Debug.print(debug_show max);
Debug.print(debug_show Region.loadNat64(r, max - 6));
Debug.print("not reached");
