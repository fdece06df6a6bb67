// Int16 in a region (mo:base/Region): a value at the last valid offset of a 1-page memory reads back;
// a load one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 2;
Debug.print(debug_show last);
Region.storeInt16(r, last, -12_345);
Debug.print(debug_show Region.loadInt16(r, last));
Debug.print(debug_show Region.loadInt16(r, last - 8));
Debug.print(debug_show Region.loadInt16(r, last + 1));
Debug.print("not reached");
