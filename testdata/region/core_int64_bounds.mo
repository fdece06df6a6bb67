// Int64 in a region (mo:core/Region): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "Region error: range out of bounds".
import Region "mo:core/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 8;
Debug.print(debug_show last);
Region.storeInt64(r, last, -9_223_372_036_854_775_808);
Debug.print(debug_show Region.loadInt64(r, last));
Debug.print(debug_show Region.loadInt64(r, last - 8));
Region.storeInt64(r, last + 1, -9_223_372_036_854_775_808);
Debug.print("not reached");
