// motoko-core Region.
import Region "mo:core/Region";
import Debug "mo:core/Debug";

let r = Region.new();
Debug.print(debug_show (r.id(), r.size(), r.grow(2), r.size()));
r.storeNat8(0, 255);
r.storeNat16(2, 65535);
r.storeNat32(4, 123456);
r.storeNat64(8, 1 << 40);
r.storeInt8(16, -1);
r.storeInt16(18, -300);
r.storeInt32(20, -70000);
r.storeInt64(24, -5);
r.storeFloat(32, 3.5);
r.storeBlob(40, "hello");
Debug.print(debug_show (r.loadNat8(0), r.loadNat16(2), r.loadNat32(4), r.loadNat64(8), r.loadInt8(16), r.loadInt16(18), r.loadInt32(20), r.loadInt64(24), r.loadFloat(32), r.loadBlob(40, 5)));
