// CRC-32 (IEEE) of each page of a Region, with the lookup table itself kept in another Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";

let table = Region.new();
ignore Region.grow(table, 1);
var n : Nat32 = 0;
while (n < 256) {
  var c = n;
  var k = 0;
  while (k < 8) {
    c := if (c & 1 == 1) 0xEDB8_8320 ^ (c >> 1) else c >> 1;
    k += 1;
  };
  Region.storeNat32(table, Nat64.fromNat(Nat32.toNat(n)) * 4, c);
  n += 1;
};

func crc32(r : Region.Region, from : Nat64, len : Nat) : Nat32 {
  var crc : Nat32 = 0xFFFF_FFFF;
  for (byte in Region.loadBlob(r, from, len).vals()) {
    let idx = (crc ^ Nat32.fromNat(Nat8.toNat(byte))) & 0xFF;
    crc := Region.loadNat32(table, Nat64.fromNat(Nat32.toNat(idx)) * 4) ^ (crc >> 8);
  };
  crc ^ 0xFFFF_FFFF;
};

let data = Region.new();
ignore Region.grow(data, 3);
Region.storeBlob(data, 0, "123456789");
Debug.print(debug_show crc32(data, 0, 9));
Region.storeBlob(data, 65_536, "The quick brown fox jumps over the lazy dog");
Debug.print(debug_show crc32(data, 65_536, 43));
var pageNo : Nat64 = 0;
while (pageNo < Region.size(data)) {
  Debug.print("page " # Nat64.toText(pageNo) # ": " # Nat32.toText(crc32(data, pageNo * 65_536, 65_536)));
  pageNo += 1;
};
Debug.print(debug_show Region.loadBlob(table, 4, 8));
Debug.print(debug_show crc32(data, 3 * 65_536, 0));
Debug.print(debug_show crc32(data, 3 * 65_536 - 1, 2));
// trap-span: 24.16-24.45
