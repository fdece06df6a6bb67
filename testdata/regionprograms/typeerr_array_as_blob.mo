// Storing a byte array where the Region API wants a Blob.
import Region "mo:base/Region";

let r = Region.new();
ignore Region.grow(r, 1);
let header : [Nat8] = [0x4D, 0x4F, 0x52, 0x49];
Region.storeBlob(r, 0, header);
