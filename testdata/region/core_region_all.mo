// mo:core/Region binds the same primitives as mo:base/Region, with the region
// as the first parameter.
import Region "mo:core/Region";
import Debug "mo:base/Debug";

let r = Region.new();
Debug.print(debug_show (Region.id(r), Region.size(r)));
Debug.print(debug_show Region.grow(r, 2));
Debug.print(debug_show Region.size(r));
Region.storeNat8(r, 0, 1);
Region.storeNat16(r, 1, 2);
Region.storeNat32(r, 3, 3);
Region.storeNat64(r, 7, 4);
Region.storeInt8(r, 15, -5);
Region.storeInt16(r, 16, -6);
Region.storeInt32(r, 18, -7);
Region.storeInt64(r, 22, -8);
Region.storeFloat(r, 30, 9.75);
Region.storeBlob(r, 38, "\0A\0B");
Debug.print(debug_show (Region.loadNat8(r, 0), Region.loadNat16(r, 1), Region.loadNat32(r, 3), Region.loadNat64(r, 7)));
Debug.print(debug_show (Region.loadInt8(r, 15), Region.loadInt16(r, 16), Region.loadInt32(r, 18), Region.loadInt64(r, 22)));
Debug.print(debug_show (Region.loadFloat(r, 30), Region.loadBlob(r, 38, 2)));
Debug.print(debug_show Region.loadBlob(r, 0, 40));
