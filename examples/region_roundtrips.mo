// Reading and writing values: a byte, a Nat64, a Float and a Blob, each at its
// own offset, spaced so that they do not overlap.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Blob "mo:base/Blob";

let myRegion = Region.new();
ignore Region.grow(myRegion, 1);

Region.storeNat8(myRegion, 0, 42);
Debug.print("Nat8 at offset 0: " # debug_show Region.loadNat8(myRegion, 0));

Region.storeNat64(myRegion, 100, 123_456_789);
Debug.print("Nat64 at offset 100: " # debug_show Region.loadNat64(myRegion, 100));

Region.storeFloat(myRegion, 200, 3.14159);
Debug.print("Float at offset 200: " # debug_show Region.loadFloat(myRegion, 200));

let myData = Blob.fromArray([1, 2, 3, 4, 5]);
Region.storeBlob(myRegion, 300, myData);
let retrieved = Region.loadBlob(myRegion, 300, 5);
Debug.print("Blob at offset 300: " # debug_show retrieved # ", same as stored: " # debug_show (retrieved == myData));
Debug.print("as bytes: " # debug_show Blob.toArray(retrieved));

Region.storeInt32(myRegion, 400, -2024);
Debug.print("Int32 at offset 400: " # debug_show Region.loadInt32(myRegion, 400));
