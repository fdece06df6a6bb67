// packages: base=$REAL/base memory-collection=$MOPS/memory-collection memory-region=$MOPS/memory-region augmented-btrees=$MOPS/augmented-btrees itertools=$MOPS/itertools stableheapbtreemap=$MOPS/stableheapbtreemap map=$MOPS/map buffer-deque=$MOPS/buffer-deque
// A buffer of Blobs in stable Regions (MemoryBuffer of the mops package
// memory-collection): 30_000 adds of 8 to 40 bytes, every element read back,
// a third of them replaced (in place or moved), and an iteration over all of it.
import MemoryBuffer "mo:memory-collection/MemoryBuffer/Stable";
import TypeUtils "mo:memory-collection/TypeUtils";
import Blob "mo:base/Blob";
import Nat8 "mo:base/Nat8";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";
import Debug "mo:base/Debug";

let n = 30_000;
let utils = { blobify = TypeUtils.Blobify.Blob };
let buf = MemoryBuffer.new<Blob>();

// The little-endian bytes of x, then (i % 5) * 8 bytes of padding.
func encode(x : Nat64, i : Nat) : Blob {
  Blob.fromArray(Array.tabulate<Nat8>(8 + (i % 5) * 8, func(j) = if (j < 8) Nat8.fromNat(Nat64.toNat((x >> Nat64.fromNat(j * 8)) & 0xFF)) else 0));
};
func decode(b : Blob) : Nat64 {
  let bytes = Blob.toArray(b);
  var x : Nat64 = 0;
  var j = 8;
  while (j > 0) { j -= 1; x := (x << 8) | Nat64.fromNat(Nat8.toNat(bytes[j])) };
  x;
};

var i = 0;
while (i < n) { MemoryBuffer.add(buf, utils, encode(Nat64.fromNat(i * 3), i)); i += 1 };
var sum : Nat64 = 0;
i := 0;
while (i < n) { sum +%= decode(MemoryBuffer.get(buf, utils, i)); i += 1 };
i := 0;
while (i < n) { MemoryBuffer.put(buf, utils, i, encode(Nat64.fromNat(i), i + 2)); i += 3 };
var sum2 : Nat64 = 0;
for (b in MemoryBuffer.vals(buf, utils)) sum2 +%= decode(b);
Debug.print(debug_show (MemoryBuffer.size(buf), sum, sum2, MemoryBuffer.bytes(buf)));
