// Region ids start at 16 and count up in creation order; a dropped region
// still uses up its id, and ids are never reused.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let a = Region.new();
let b = Region.new();
Debug.print(debug_show (Region.id(a), Region.id(b)));

func scratch() : Nat {
  let t = Region.new();
  ignore Region.grow(t, 1);
  Region.id(t)
};
Debug.print(debug_show scratch());
Debug.print(debug_show scratch());

let many = [Region.new(), Region.new(), Region.new()];
for (r in many.vals()) {
  Debug.print(debug_show Region.id(r));
};
Debug.print(debug_show Region.id(a));
Debug.print(debug_show Region.id(Region.new()));
