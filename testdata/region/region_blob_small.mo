// Empty and one-byte blobs are bounded by the offset alone: they work on the
// last byte, and an empty blob stored at the region's end traps with
// "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeBlob(r, 65_535, "\07");
Debug.print(debug_show Region.loadBlob(r, 65_535, 1));
Region.storeBlob(r, 65_535, "");
Debug.print(debug_show Region.loadBlob(r, 65_535, 0));
Debug.print(debug_show Region.loadBlob(r, 0, 0));
Debug.print(debug_show Region.loadNat8(r, 65_535));
Region.storeBlob(r, 65_536, "");
Debug.print("not reached");
