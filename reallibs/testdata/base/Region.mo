// motoko-base Region: isolated stable memory regions.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show (Region.id(r), Region.size(r), Region.grow(r, 2), Region.size(r)));
Region.storeNat8(r, 0, 255);
Region.storeNat16(r, 2, 65535);
Region.storeNat32(r, 4, 123456);
Region.storeNat64(r, 8, 1 << 40);
Region.storeInt8(r, 16, -1);
Region.storeInt16(r, 18, -300);
Region.storeInt32(r, 20, -70000);
Region.storeInt64(r, 24, -5);
Region.storeFloat(r, 32, 3.5);
Region.storeBlob(r, 40, "hello");
Debug.print(debug_show (Region.loadNat8(r, 0), Region.loadNat16(r, 2), Region.loadNat32(r, 4), Region.loadNat64(r, 8), Region.loadInt8(r, 16), Region.loadInt16(r, 18), Region.loadInt32(r, 20), Region.loadInt64(r, 24)));
Debug.print(debug_show (Region.loadFloat(r, 32), Region.loadBlob(r, 40, 5), Region.loadNat8(r, 3)));
let r2 = Region.new();
Debug.print(debug_show (Region.id(r2), Region.size(r2)));
