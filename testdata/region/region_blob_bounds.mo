// Blob in a region: a blob ending at the last byte reads back; a load of the
// same length one byte further traps with "Region error: range out of bounds".
import Region "mo:base/Region";
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
let data = Blob.fromArray([0xCA, 0xFE, 0xBA, 0xBE]);
Region.storeBlob(r, 65_532, data);
Debug.print(debug_show Region.loadBlob(r, 65_532, 4));
Debug.print(debug_show Region.loadBlob(r, 65_530, 6));
Debug.print(debug_show Region.loadNat32(r, 65_532));
Debug.print(debug_show Region.loadBlob(r, 65_533, 4));
Debug.print("not reached");
