// packages: memory-region augmented-btrees itertools stableheapbtreemap map buffer-deque
// memory-region: blocks allocated in a Region, freed, merged and reused,
// values of every width stored and loaded, and the bookkeeping it reports.
import MemoryRegion "mo:memory-region/MemoryRegion";
import Array "mo:base/Array";
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let m = MemoryRegion.new();
let a = MemoryRegion.addBlob(m, Blob.fromArray([1, 2, 3, 4, 5, 6, 7, 8]));
let b = MemoryRegion.addNat64(m, 0xDEAD_BEEF_0000_0001);
let c = MemoryRegion.addNat32(m, 4_000_000_000);
let d = MemoryRegion.addNat16(m, 65_535);
let e = MemoryRegion.addNat8(m, 200);
Debug.print(debug_show (a, b, c, d, e));
Debug.print(debug_show (MemoryRegion.loadBlob(m, a, 8), MemoryRegion.loadNat64(m, b), MemoryRegion.loadNat32(m, c), MemoryRegion.loadNat16(m, d), MemoryRegion.loadNat8(m, e)));
Debug.print(debug_show (MemoryRegion.size(m), MemoryRegion.allocated(m), MemoryRegion.deallocated(m), MemoryRegion.pages(m), MemoryRegion.capacity(m)));

// Freeing two neighbours leaves one free block; a smaller allocation reuses it.
MemoryRegion.deallocate(m, a, 8);
MemoryRegion.deallocate(m, b, 8);
Debug.print(debug_show MemoryRegion.getFreeMemory(m));
Debug.print(debug_show (MemoryRegion.isAllocated(m, c), MemoryRegion.isFreed(m, a, 8)));
let f = MemoryRegion.allocate(m, 10);
Debug.print(debug_show (f, MemoryRegion.getFreeMemory(m), MemoryRegion.allocated(m), MemoryRegion.deallocated(m)));

// Resizing in place when the block after it is free, moving otherwise.
let g = MemoryRegion.resize(m, f, 10, 16);
Debug.print(debug_show (g, MemoryRegion.getFreeMemory(m)));
let h = MemoryRegion.resize(m, d, 2, 100);
Debug.print(debug_show (h, MemoryRegion.getFreeMemory(m), MemoryRegion.size(m)));

// replaceBlob and removeBlob.
let i = MemoryRegion.addBlob(m, "hello");
let j = MemoryRegion.replaceBlob(m, i, 5, "hello, world");
Debug.print(debug_show (i, j, MemoryRegion.loadBlob(m, j, 12)));
Debug.print(debug_show MemoryRegion.removeBlob(m, j, 12));
Debug.print(debug_show MemoryRegion.memoryInfo(m));

// Many blocks: the free list stays consistent through interleaved frees.
let xs = Array.tabulate<Nat>(200, func(k) = MemoryRegion.allocate(m, 8 + k % 17));
var k = 0;
while (k < 200) { MemoryRegion.deallocate(m, xs[k], 8 + k % 17); k += 3 };
Debug.print(debug_show (MemoryRegion.allocated(m), MemoryRegion.deallocated(m), MemoryRegion.getFreeMemory(m).size()));
MemoryRegion.clear(m);
Debug.print(debug_show (MemoryRegion.size(m), MemoryRegion.allocated(m), MemoryRegion.deallocated(m)));
