// Int8 in a region (mo:base/Region): a value at the last valid offset of a 3-page memory reads back;
// a store one byte further traps with "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 3));
let last : Nat64 = 3 * 65_536 - 1;
Debug.print(debug_show last);
Region.storeInt8(r, last, -128);
Debug.print(debug_show Region.loadInt8(r, last));
Debug.print(debug_show Region.loadInt8(r, last - 8));
Region.storeInt8(r, last + 1, -128);
Debug.print("not reached");
