// A fresh region has size 0: even a one-byte load at offset 0 traps with
// "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.size(r));
Debug.print(debug_show Region.grow(r, 0));
Debug.print(debug_show Region.size(r));
Debug.print(debug_show Region.loadNat8(r, 0));
Debug.print("not reached");
