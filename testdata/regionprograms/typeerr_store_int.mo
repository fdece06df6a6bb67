// storeInt32 with an Int computed from a Nat difference.
import Region "mo:base/Region";

let r = Region.new();
ignore Region.grow(r, 1);
let a : Nat = 10;
let b : Nat = 25;
let delta = a - b : Int;
Region.storeInt32(r, 0, delta);
