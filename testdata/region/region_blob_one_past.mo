// Loading one byte as a blob just past the end traps with
// "Region error: offset out of bounds" (not range).
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Debug.print(debug_show Region.loadBlob(r, 65_535, 1));
Debug.print(debug_show Region.loadBlob(r, 65_536, 1));
Debug.print("not reached");
