// Offsets are Nat64: a Nat offset is a type error.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
let offset : Nat = 4;
Debug.print(debug_show Region.loadNat8(r, offset));
