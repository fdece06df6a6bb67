// New pages read as zero, growing keeps what was written, and a region's
// fresh pages are zero even when they reuse part of an existing block.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Debug.print(debug_show (Region.loadNat64(r, 0), Region.loadNat64(r, 65_528)));
Region.storeNat64(r, 65_528, 0xFFFF_FFFF_FFFF_FFFF);
ignore Region.grow(r, 2);
Debug.print(debug_show Region.loadNat64(r, 65_528));
Debug.print(debug_show Region.loadBlob(r, 65_532, 8));
Debug.print(debug_show Region.loadNat64(r, 3 * 65_536 - 8));
let s = Region.new();
ignore Region.grow(s, 1);
Debug.print(debug_show Region.loadNat64(s, 65_528));
