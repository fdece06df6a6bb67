import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show (Region.size(r)));
Region.storeNat8(r, 0, 1);
// trap: Region.storeNat8(r, 0, 1)
