// Int64 in a region (mo:base/Region): a value at the last valid offset of a 2-page memory reads back;
// a load one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 2));
let last : Nat64 = 2 * 65_536 - 8;
Debug.print(debug_show last);
Region.storeInt64(r, last, -9_223_372_036_854_775_808);
Debug.print(debug_show Region.loadInt64(r, last));
Debug.print(debug_show Region.loadInt64(r, last - 8));
Debug.print(debug_show Region.loadInt64(r, last + 1));
Debug.print("not reached");
