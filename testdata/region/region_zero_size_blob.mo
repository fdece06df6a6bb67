// Even an empty blob load at offset 0 of a region of size 0 traps with
// "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
let other = Region.new();
ignore Region.grow(other, 1);
Debug.print(debug_show (Region.size(r), Region.size(other)));
Debug.print(debug_show Region.loadBlob(other, 0, 0));
Debug.print(debug_show Region.loadBlob(r, 0, 0));
Debug.print("not reached");
