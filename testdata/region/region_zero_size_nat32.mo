// A four-byte store into a region of size 0 traps with
// "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.size(r));
Region.storeNat32(r, 0, 1);
Debug.print("not reached");
