// packages: base=$REAL/base regionkit=packages/regionkit
// A free-list allocator in a stable Region: 20_000 blocks of 8 to 256 bytes
// allocated and written, every third freed and allocated again with other
// sizes, and everything read back and checked.
import FreeList "mo:regionkit/FreeList";
import Region "mo:base/Region";
import Blob "mo:base/Blob";
import Nat8 "mo:base/Nat8";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";
import Debug "mo:base/Debug";

let n = 20_000;
let heap = FreeList.FreeList(Region.new());

func sizeOf(i : Nat) : Nat { 8 + (i * 7_919) % 249 };
func content(i : Nat, size : Nat) : Blob {
  Blob.fromArray(Array.tabulate<Nat8>(size, func(j) = Nat8.fromNat((i + j) % 256)));
};
func checksum(b : Blob) : Nat {
  var s = 0;
  for (x in b.vals()) s += Nat8.toNat(x);
  s;
};

type Block = { address : FreeList.Address; size : Nat; var owner : Nat };
let blocks = Array.init<?Block>(n, null);

var i = 0;
while (i < n) {
  let size = sizeOf(i);
  let address = heap.allocate(size);
  heap.store(address, content(i, size));
  blocks[i] := ?{ address; size; var owner = i };
  i += 1;
};
i := 0;
while (i < n) {
  switch (blocks[i]) {
    case (?b) { heap.deallocate(b.address); blocks[i] := null };
    case null {};
  };
  i += 3;
};
i := 0;
while (i < n) {
  switch (blocks[i]) {
    case null {
      let size = sizeOf(i + 1);
      let address = heap.allocate(size);
      heap.store(address, content(i + n, size));
      blocks[i] := ?{ address; size; var owner = i + n };
    };
    case (?_) {};
  };
  i += 1;
};
var total = 0;
var wrong = 0;
for (slot in blocks.vals()) {
  switch slot {
    case (?b) {
      let data = heap.load(b.address, b.size);
      if (checksum(data) != checksum(content(b.owner, b.size))) wrong += 1;
      total += b.size;
    };
    case null { wrong += 1 };
  };
};
let s = heap.stats();
Debug.print(debug_show (s.allocated, s.freed, s.reused, s.pages, total, wrong));
