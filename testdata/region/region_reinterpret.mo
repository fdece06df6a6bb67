// Loads reinterpret bytes regardless of the type that stored them: signed and
// unsigned views of the same bits, and Float bit patterns.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeInt8(r, 0, -1);
Debug.print(debug_show Region.loadNat8(r, 0));
Region.storeNat16(r, 2, 0x8000);
Debug.print(debug_show Region.loadInt16(r, 2));
Region.storeNat32(r, 4, 0xFFFF_FFFE);
Debug.print(debug_show Region.loadInt32(r, 4));
Region.storeInt64(r, 8, -1);
Debug.print(debug_show Region.loadNat64(r, 8));
Debug.print(debug_show Region.loadNat32(r, 8));
Debug.print(debug_show Region.loadInt8(r, 15));
Region.storeNat64(r, 16, 0x4000_0000_0000_0000);
Debug.print(debug_show Region.loadFloat(r, 16));
Region.storeFloat(r, 24, -2.0);
Debug.print(debug_show Region.loadNat64(r, 24));
Debug.print(debug_show Region.loadInt64(r, 24));
Region.storeNat8(r, 32, 0x80);
Debug.print(debug_show (Region.loadInt8(r, 32), Region.loadNat16(r, 32), Region.loadInt16(r, 32)));
