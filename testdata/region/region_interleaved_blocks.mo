// Three regions grow in turns, so their 128-page blocks interleave in physical
// memory. A blob two blocks long is stored across block boundaries in each and
// reads back intact, and writes to one region never show in the others.
import Region "mo:base/Region";
import Array "mo:base/Array";
import Blob "mo:base/Blob";
import Nat8 "mo:base/Nat8";
import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let block : Nat64 = 128 * 65_536;
let regions = [Region.new(), Region.new(), Region.new()];
for (round in [1, 2, 3].vals()) {
  for (r in regions.vals()) {
    Debug.print(debug_show (round, Region.id(r), Region.grow(r, 128)));
  };
};
Debug.print(debug_show Prim.rts_stable_memory_size());

let length = 2 * 128 * 65_536;
let blob = Blob.fromArray(Array.tabulate<Nat8>(length, func(i) = Nat8.fromNat(i % 251)));
Debug.print(debug_show blob.size());

// Each region gets the blob at a different offset; all cross two block boundaries.
let offsets : [Nat64] = [64 * 65_536 + 3, block - 1, 100 * 65_536 + 17];
var i = 0;
while (i < 3) {
  Region.storeBlob(regions[i], offsets[i], blob);
  i += 1;
};

i := 0;
while (i < 3) {
  let r = regions[i];
  let at = offsets[i];
  let end = at + Nat64.fromNat(length);
  Debug.print(debug_show {
    id = Region.id(r);
    intact = Region.loadBlob(r, at, length) == blob;
    before = Region.loadNat8(r, at - 1);
    first = Region.loadNat8(r, at);
    atBlock1 = Region.loadNat8(r, block);
    atBlock2 = Region.loadNat8(r, 2 * block);
    last = Region.loadNat8(r, end - 1);
    after = Region.loadNat8(r, end);
  });
  i += 1;
};

// Overwrite the bytes around both block boundaries of the middle region only.
Region.storeNat64(regions[1], block - 4, 0xFFFF_FFFF_FFFF_FFFF);
Region.storeNat64(regions[1], 2 * block - 4, 0xFFFF_FFFF_FFFF_FFFF);
for (r in regions.vals()) {
  Debug.print(debug_show (Region.id(r), Region.loadBlob(r, block - 4, 8), Region.loadBlob(r, 2 * block - 4, 8)));
};
Debug.print(debug_show (Region.loadBlob(regions[0], offsets[0], length) == blob, Region.loadBlob(regions[2], offsets[2], length) == blob));
