// Nat8 in a region (mo:base/Region): a value at the last valid offset of a 1-page memory reads back;
// a load one byte further traps with "Region error: offset out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 1;
Debug.print(debug_show last);
Region.storeNat8(r, last, 0xAB);
Debug.print(debug_show Region.loadNat8(r, last));
Debug.print(debug_show Region.loadNat8(r, last - 8));
Debug.print(debug_show Region.loadNat8(r, last + 1));
Debug.print("not reached");
