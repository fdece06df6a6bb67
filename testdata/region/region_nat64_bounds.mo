// Nat64 in a region (mo:base/Region): a value at the last valid offset of a 1-page memory reads back;
// a store one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show Region.grow(r, 1));
let last : Nat64 = 1 * 65_536 - 8;
Debug.print(debug_show last);
Region.storeNat64(r, last, 0x0123_4567_89AB_CDEF);
Debug.print(debug_show Region.loadNat64(r, last));
Debug.print(debug_show Region.loadNat64(r, last - 8));
Region.storeNat64(r, last + 1, 0x0123_4567_89AB_CDEF);
Debug.print("not reached");
