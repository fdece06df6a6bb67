// A single fresh region can grow to 65_408 pages (511 blocks) and no further;
// its last byte is usable.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 65_409));
Debug.print(debug_show Region.size(r));
Debug.print(debug_show Region.grow(r, 65_408));
Debug.print(debug_show Region.size(r));
Debug.print(debug_show Prim.rts_stable_memory_size());
Debug.print(debug_show Region.grow(r, 1));
Debug.print(debug_show Region.grow(r, 0));
let lastByte : Nat64 = 65_408 * 65_536 - 1;
Debug.print(debug_show lastByte);
Region.storeNat8(r, lastByte, 0x5A);
Debug.print(debug_show Region.loadNat8(r, lastByte));
Debug.print(debug_show Region.loadNat8(r, lastByte - 1));
