import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Debug.print(debug_show (Region.loadNat32(r, 65_532)));
Debug.print(debug_show (Region.loadNat32(r, 65_533)));
// trap: Region.loadNat32(r, 65_533)
