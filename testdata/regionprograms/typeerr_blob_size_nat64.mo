// loadBlob takes its size as Nat, but the length was stored as Nat64.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeNat64(r, 0, 5);
Region.storeBlob(r, 8, "hello");
let len = Region.loadNat64(r, 0);
let b = Region.loadBlob(r, 8, len);
Debug.print(debug_show b);
