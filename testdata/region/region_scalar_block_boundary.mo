// Scalars that straddle a block boundary of a region whose blocks are not
// contiguous (another region's block sits between them) read back intact.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let a = Region.new();
let b = Region.new();
ignore Region.grow(a, 128);
ignore Region.grow(b, 128);
ignore Region.grow(a, 128);
let boundary : Nat64 = 128 * 65_536;
Region.storeNat64(a, boundary - 3, 0x0102_0304_0506_0708);
Region.storeFloat(a, boundary - 5 + 16, 6.25);
Region.storeInt32(a, boundary - 2 + 32, -77);
Region.storeBlob(a, boundary - 2 + 48, "\01\02\03\04");
Debug.print(debug_show Region.loadNat64(a, boundary - 3));
Debug.print(debug_show Region.loadBlob(a, boundary - 3, 8));
Debug.print(debug_show Region.loadFloat(a, boundary - 5 + 16));
Debug.print(debug_show Region.loadInt32(a, boundary - 2 + 32));
Debug.print(debug_show Region.loadBlob(a, boundary - 2 + 48, 4));
Debug.print(debug_show (Region.loadNat64(b, 0), Region.loadNat64(b, boundary - 8)));
Region.storeNat64(b, boundary - 8, 0xFFFF_FFFF_FFFF_FFFF);
Region.storeNat64(b, 0, 0xFFFF_FFFF_FFFF_FFFF);
Debug.print(debug_show Region.loadNat64(a, boundary - 3));
