// Int32 in a region (mo:base/Region): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 4;
Debug.print(debug_show last);
Region.storeInt32(r, last, -2_000_000_000);
Debug.print(debug_show Region.loadInt32(r, last));
Debug.print(debug_show Region.loadInt32(r, last - 8));
Region.storeInt32(r, last + 1, -2_000_000_000);
Debug.print("not reached");
