// Region memory is little-endian: a Nat64's bytes come out lowest first, and
// narrower loads read the low end.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeNat64(r, 0, 0x0102_0304_0506_0708);
var i : Nat64 = 0;
while (i < 8) {
  Debug.print(debug_show (i, Region.loadNat8(r, i)));
  i += 1;
};
Debug.print(debug_show Region.loadBlob(r, 0, 8));
Debug.print(debug_show Region.loadNat16(r, 0));
Debug.print(debug_show Region.loadNat32(r, 0));
Debug.print(debug_show Region.loadNat32(r, 4));
Debug.print(debug_show Region.loadNat16(r, 3));
Region.storeInt32(r, 16, -2);
Debug.print(debug_show Region.loadBlob(r, 16, 4));
Region.storeFloat(r, 24, 1.0);
Debug.print(debug_show Region.loadBlob(r, 24, 8));
Region.storeBlob(r, 32, "\EF\BE\AD\DE");
Debug.print(debug_show Region.loadNat32(r, 32));
Region.storeNat16(r, 40, 0x1234);
Debug.print(debug_show (Region.loadNat8(r, 40), Region.loadNat8(r, 41)));
