// packages: base=$REAL/base memory-region=$MOPS/memory-region augmented-btrees=$MOPS/augmented-btrees itertools=$MOPS/itertools stableheapbtreemap=$MOPS/stableheapbtreemap map=$MOPS/map buffer-deque=$MOPS/buffer-deque
// A free-list allocator in a stable Region (the mops package memory-region):
// 20_000 blocks of 8 to 256 bytes allocated and written, every third freed and
// allocated again with other sizes, and everything read back and checked.
import MemoryRegion "mo:memory-region/MemoryRegion";
import Blob "mo:base/Blob";
import Nat8 "mo:base/Nat8";
import Array "mo:base/Array";
import Debug "mo:base/Debug";

let n = 20_000;
let heap = MemoryRegion.new();

func sizeOf(i : Nat) : Nat { 8 + (i * 7_919) % 249 };
func content(i : Nat, size : Nat) : Blob {
  Blob.fromArray(Array.tabulate<Nat8>(size, func(j) = Nat8.fromNat((i + j) % 256)));
};
func checksum(b : Blob) : Nat {
  var s = 0;
  for (x in b.vals()) s += Nat8.toNat(x);
  s;
};

type Block = { address : Nat; size : Nat; var owner : Nat };
let blocks = Array.init<?Block>(n, null);

var i = 0;
while (i < n) {
  let size = sizeOf(i);
  let address = MemoryRegion.allocate(heap, size);
  MemoryRegion.storeBlob(heap, address, content(i, size));
  blocks[i] := ?{ address; size; var owner = i };
  i += 1;
};
i := 0;
while (i < n) {
  switch (blocks[i]) {
    case (?b) { MemoryRegion.deallocate(heap, b.address, b.size); blocks[i] := null };
    case null {};
  };
  i += 3;
};
i := 0;
while (i < n) {
  switch (blocks[i]) {
    case null {
      let size = sizeOf(i + 1);
      let address = MemoryRegion.allocate(heap, size);
      MemoryRegion.storeBlob(heap, address, content(i + n, size));
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
      let data = MemoryRegion.loadBlob(heap, b.address, b.size);
      if (checksum(data) != checksum(content(b.owner, b.size))) wrong += 1;
      total += b.size;
    };
    case null { wrong += 1 };
  };
};
Debug.print(debug_show (MemoryRegion.allocated(heap), MemoryRegion.deallocated(heap), MemoryRegion.size(heap), MemoryRegion.pages(heap), total, wrong));
