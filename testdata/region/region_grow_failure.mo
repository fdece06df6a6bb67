// A grow that cannot be satisfied returns 0xFFFF_FFFF_FFFF_FFFF and changes
// nothing: neither the region's size nor the physical page count.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let failed : Nat64 = 0xFFFF_FFFF_FFFF_FFFF;
let r = Region.new();
Debug.print(debug_show Region.grow(r, 2));
Region.storeNat32(r, 4, 77);
let before = Prim.rts_stable_memory_size();
let huge = Region.grow(r, 0xFFFF_FFFF_FFFF_FFFF);
Debug.print(debug_show huge);
Debug.print(debug_show (huge == failed));
Debug.print(debug_show Region.grow(r, 70_000));
Debug.print(debug_show Region.grow(r, 65_407));
Debug.print(debug_show Region.size(r));
Debug.print(debug_show (Prim.rts_stable_memory_size() == before, before));
Debug.print(debug_show Region.loadNat32(r, 4));
Debug.print(debug_show Region.grow(r, 1));
Debug.print(debug_show Region.size(r));
