// Comparing two replicas of a Region page by page and locating the first differing byte.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Blob "mo:base/Blob";

let pageBytes : Nat64 = 65_536;

func replicate(src : Region.Region) : Region.Region {
  let dst = Region.new();
  ignore Region.grow(dst, Region.size(src));
  var p : Nat64 = 0;
  while (p < Region.size(src)) {
    Region.storeBlob(dst, p * pageBytes, Region.loadBlob(src, p * pageBytes, 65_536));
    p += 1;
  };
  dst;
};

func firstDiff(a : Region.Region, b : Region.Region) : ?Nat64 {
  if (Region.size(a) != Region.size(b)) return ?(Nat64.min(Region.size(a), Region.size(b)) * pageBytes);
  var p : Nat64 = 0;
  while (p < Region.size(a)) {
    let pa = Region.loadBlob(a, p * pageBytes, 65_536);
    let pb = Region.loadBlob(b, p * pageBytes, 65_536);
    if (pa != pb) {
      // bisect inside the page with smaller blobs
      var lo : Nat64 = 0;
      var len : Nat64 = pageBytes;
      while (len > 1) {
        let half = len / 2;
        let base = p * pageBytes + lo;
        if (Region.loadBlob(a, base, Nat64.toNat(half)) == Region.loadBlob(b, base, Nat64.toNat(half))) {
          lo += half;
          len -= half;
        } else len := half;
      };
      return ?(p * pageBytes + lo);
    };
    p += 1;
  };
  null;
};

let primary = Region.new();
ignore Region.grow(primary, 3);
var i : Nat64 = 0;
while (i < 3 * pageBytes) { Region.storeNat64(primary, i, i *% 0x0101_0101_0101_0101); i += 4096 };
let replica = replicate(primary);
Debug.print(debug_show (Region.id(primary), Region.id(replica), firstDiff(primary, replica)));
Region.storeNat8(replica, 2 * pageBytes + 12_345, 1);
Debug.print(debug_show firstDiff(primary, replica));
Region.storeNat8(replica, 70_000, 1);
Debug.print(debug_show firstDiff(primary, replica));
ignore Region.grow(replica, 1);
Debug.print(debug_show firstDiff(primary, replica));
Debug.print(debug_show (Region.loadBlob(primary, 4096, 8) < Region.loadBlob(replica, 69_999, 8), Blob.equal(Region.loadBlob(primary, 0, 3), "\00\00\00")));
ignore Region.loadNat8(replicate(Region.new()), 0);
// trap-span: 58.8-58.51
