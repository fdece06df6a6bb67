// Two regions used at the same offsets hold independent data.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let a = Region.new();
let b = Region.new();
ignore Region.grow(a, 1);
ignore Region.grow(b, 1);
Region.storeNat64(a, 0, 111);
Region.storeNat64(b, 0, 222);
Region.storeBlob(a, 100, "aaaa");
Region.storeBlob(b, 102, "bb");
Debug.print(debug_show (Region.loadNat64(a, 0), Region.loadNat64(b, 0)));
Debug.print(debug_show (Region.loadBlob(a, 100, 4), Region.loadBlob(b, 100, 4)));
ignore Region.grow(a, 128);
Region.storeNat32(a, 128 * 65_536, 7);
Debug.print(debug_show (Region.size(a), Region.size(b)));
Debug.print(debug_show (Region.loadNat32(a, 128 * 65_536), Region.loadNat64(b, 0)));
