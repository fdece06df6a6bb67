// Nat32 in a region (mo:base/Region): a value at the last valid offset of a 2-page memory reads back;
// a load one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 2));
let last : Nat64 = 2 * 65_536 - 4;
Debug.print(debug_show last);
Region.storeNat32(r, last, 0xDEAD_BEEF);
Debug.print(debug_show Region.loadNat32(r, last));
Debug.print(debug_show Region.loadNat32(r, last - 8));
Debug.print(debug_show Region.loadNat32(r, last + 1));
Debug.print("not reached");
