// A one-byte access at the largest Nat64 offset is an offset error:
// "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeNat8(r, 0xFFFF_FFFF_FFFF_FFFF, 1);
Debug.print("not reached");
