// Float in a region (mo:base/Region): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 8;
Debug.print(debug_show last);
Region.storeFloat(r, last, -1.5);
Debug.print(debug_show Region.loadFloat(r, last));
Debug.print(debug_show Region.loadFloat(r, last - 8));
Region.storeFloat(r, last + 1, -1.5);
Debug.print("not reached");
