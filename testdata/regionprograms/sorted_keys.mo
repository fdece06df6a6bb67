// A sorted array of Nat32 keys in a Region (one B-tree node's worth), with binary search and insertion.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Nat16 "mo:base/Nat16";

let maxKeys : Nat64 = 255;
let node = Region.new();
ignore Region.grow(node, 1);
// layout: count : Nat16 at 0, keys : Nat32 from 4

func count() : Nat64 = Nat64.fromNat(Nat16.toNat(Region.loadNat16(node, 0)));
func key(i : Nat64) : Nat32 = Region.loadNat32(node, 4 + 4 * i);

// index of the first key >= k
func lowerBound(k : Nat32) : Nat64 {
  var lo : Nat64 = 0;
  var hi = count();
  while (lo < hi) {
    let mid = (lo + hi) / 2;
    if (key(mid) < k) lo := mid + 1 else hi := mid;
  };
  lo;
};

func insert(k : Nat32) : Bool {
  let n = count();
  let pos = lowerBound(k);
  if (pos < n and key(pos) == k) return false;
  if (n == maxKeys) Debug.trap("node full");
  // shift the tail right by one key in a single blob move
  let tail = Region.loadBlob(node, 4 + 4 * pos, Nat64.toNat(4 * (n - pos)));
  Region.storeBlob(node, 4 + 4 * (pos + 1), tail);
  Region.storeNat32(node, 4 + 4 * pos, k);
  Region.storeNat16(node, 0, Nat16.fromNat(Nat64.toNat(n + 1)));
  true;
};

func contains(k : Nat32) : Bool {
  let pos = lowerBound(k);
  pos < count() and key(pos) == k;
};

var x : Nat32 = 17;
var inserted = 0;
while (inserted < 200) {
  if (insert(x % 1000)) inserted += 1;
  x := x *% 1_103_515_245 +% 12_345;
};
var ok = true;
var i : Nat64 = 1;
while (i < count()) { if (key(i - 1) >= key(i)) ok := false; i += 1 };
Debug.print(debug_show (count(), ok, key(0), key(count() - 1)));
Debug.print(debug_show (insert(key(5)), contains(key(100)), contains(1001)));
Debug.print(debug_show Region.loadBlob(node, 0, 12));
while (insert(x % 100_000)) { x := x *% 1_103_515_245 +% 12_345 };
// trap-span: 31.21-31.44
