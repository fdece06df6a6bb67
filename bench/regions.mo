// Benchmark: four rounds of storing then loading 1_048_576 Nat64 values,
// filling a 128-page (8 MiB) region; prints a checksum of everything loaded.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let count : Nat64 = 1_048_576;
let r = Region.new();
assert Region.grow(r, 128) == 0;

var checksum : Nat64 = 0;
var round : Nat64 = 0;
while (round < 4) {
  var i : Nat64 = 0;
  while (i < count) {
    Region.storeNat64(r, i * 8, i * 3 + round);
    i += 1;
  };
  i := 0;
  while (i < count) {
    checksum += Region.loadNat64(r, i * 8);
    i += 1;
  };
  round += 1;
};
Debug.print(debug_show checksum);
