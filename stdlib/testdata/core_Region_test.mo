import Region "mo:core/Region";
import Debug "mo:base/Debug";

let r = Region.new();
let s = Region.new();
Debug.print(debug_show (Region.id(r), Region.id(s), Region.size(r)));
Debug.print(debug_show (Region.grow(r, 0), Region.grow(r, 2), Region.size(r), Region.grow(r, 1), Region.size(r)));
Debug.print(debug_show (Region.grow(s, 1), Region.size(s)));

Region.storeNat8(r, 0, 255);
Region.storeNat16(r, 1, 0xABCD);
Region.storeNat32(r, 3, 0xDEAD_BEEF);
Region.storeNat64(r, 7, 0x0123_4567_89AB_CDEF);
Debug.print(debug_show (Region.loadNat8(r, 0), Region.loadNat16(r, 1), Region.loadNat32(r, 3), Region.loadNat64(r, 7)));
Debug.print(debug_show (Region.loadBlob(r, 0, 15)));
Debug.print(debug_show (Region.loadNat8(r, 1), Region.loadNat8(r, 2), Region.loadNat16(r, 0)));

Region.storeInt8(r, 100, -1);
Region.storeInt16(r, 101, -2);
Region.storeInt32(r, 103, -3);
Region.storeInt64(r, 107, -4);
Debug.print(debug_show (Region.loadInt8(r, 100), Region.loadInt16(r, 101), Region.loadInt32(r, 103), Region.loadInt64(r, 107)));
Debug.print(debug_show (Region.loadNat8(r, 100), Region.loadNat16(r, 101), Region.loadInt8(r, 0)));
Debug.print(debug_show (Region.loadBlob(r, 100, 15)));

Region.storeFloat(r, 200, 3.5);
Region.storeFloat(r, 208, -0.1);
Debug.print(debug_show (Region.loadFloat(r, 200), Region.loadFloat(r, 208), Region.loadBlob(r, 200, 8), Region.loadNat64(r, 208)));

Region.storeBlob(r, 65_530, "\01\02\03\04\05\06\07\08");
Debug.print(debug_show (Region.loadBlob(r, 65_530, 8), Region.loadNat32(r, 65_534), Region.loadBlob(r, 5, 0)));
Debug.print(debug_show (Region.loadNat64(r, 3 * 65_536 - 8), Region.loadNat8(s, 65_535), Region.loadNat8(r, 300)));
Region.storeBlob(r, 3 * 65_536 - 1, "\FF");
Region.storeBlob(r, 3 * 65_536 - 1, "");
Debug.print(debug_show (Region.loadBlob(r, 3 * 65_536 - 2, 2)));
Region.storeNat8(s, 0, 7);
Debug.print(debug_show (Region.loadNat8(s, 0), Region.loadNat8(r, 0)));
