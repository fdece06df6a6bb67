// Storing a two-byte blob that starts on the last byte of a region traps with
// "Region error: range out of bounds"; a one-byte blob there is fine.
import Region "mo:base/Region";
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 2);
Region.storeBlob(r, 131_071, "\FF");
Debug.print(debug_show Region.loadNat8(r, 131_071));
Debug.print(debug_show Region.loadBlob(r, 131_070, 2));
Region.storeBlob(r, 131_071, Blob.fromArray([1, 2]));
Debug.print("not reached");
