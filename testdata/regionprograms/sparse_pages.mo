// A sparse virtual address space: logical pages map to physical Region pages allocated on first write.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Prim "mo:⛔";

let logicalPages : Nat64 = 1024;
let directory = Region.new(); // one Nat32 per logical page: 0 = unmapped, else physical page + 1
let backing = Region.new();
ignore Region.grow(directory, 1);

func physical(logical : Nat64, allocate : Bool) : ?Nat64 {
  if (logical >= logicalPages) Debug.trap("logical page " # Nat64.toText(logical) # " out of range");
  let entry = Region.loadNat32(directory, logical * 4);
  if (entry != 0) return ?(Nat64.fromNat(Prim.nat32ToNat(entry)) - 1);
  if (not allocate) return null;
  let p = Region.grow(backing, 1);
  if (p == 0xFFFF_FFFF_FFFF_FFFF) Debug.trap("backing store full");
  Region.storeNat32(directory, logical * 4, Prim.natToNat32(Nat64.toNat(p + 1)));
  ?p;
};

func write64(addr : Nat64, v : Nat64) {
  let ?p = physical(addr / 65_536, true) else Debug.trap("unreachable");
  Region.storeNat64(backing, p * 65_536 + addr % 65_536, v);
};

func read64(addr : Nat64) : Nat64 {
  switch (physical(addr / 65_536, false)) {
    case null 0;
    case (?p) Region.loadNat64(backing, p * 65_536 + addr % 65_536);
  };
};

write64(0, 1);
write64(500 * 65_536 + 8, 500);
write64(3 * 65_536, 3);
write64(1023 * 65_536 + 65_528, 1023);
write64(8, 2);
Debug.print(debug_show (read64(0), read64(8), read64(500 * 65_536 + 8), read64(3 * 65_536), read64(1023 * 65_536 + 65_528)));
Debug.print(debug_show (read64(700 * 65_536), Region.size(backing), Prim.rts_stable_memory_size()));
Debug.print(debug_show Region.loadBlob(directory, 0, 16));
Debug.print(debug_show (physical(500, false), physical(501, false), physical(1023, false)));
// a write straddling two logical pages spills into the next physical page (an unaligned
// read shows the same kind of overlap), or past the end of the Region after the last one
write64(3 * 65_536 + 65_532, 7);
Debug.print(debug_show (read64(3 * 65_536 + 65_532), read64(500 * 65_536 + 4)));
write64(1023 * 65_536 + 65_532, 7);
// trap-span: 25.3-25.60
