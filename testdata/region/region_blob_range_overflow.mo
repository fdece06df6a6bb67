// A blob load whose end wraps past 2^64 traps with "Region error: range overflow".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Debug.print(debug_show Region.loadBlob(r, 65_534, 2));
Debug.print(debug_show Region.loadBlob(r, 0xFFFF_FFFF_FFFF_FFFF, 2));
Debug.print("not reached");
