// Copying a region into another in 4 KiB chunks, then checking an Adler-32 checksum of both.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Nat8 "mo:base/Nat8";

let chunk : Nat64 = 4096;

func fill(r : Region.Region, bytes : Nat64) {
  var i : Nat64 = 0;
  var x : Nat32 = 2_463_534_242;
  while (i < bytes) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    Region.storeNat32(r, i, x);
    i += 4;
  };
};

func copy(src : Region.Region, dst : Region.Region, bytes : Nat64) {
  var off : Nat64 = 0;
  while (off < bytes) {
    let n = Nat64.min(chunk, bytes - off);
    Region.storeBlob(dst, off, Region.loadBlob(src, off, Nat64.toNat(n)));
    off += n;
  };
};

func adler32(r : Region.Region, bytes : Nat64) : Nat32 {
  var a : Nat32 = 1;
  var b : Nat32 = 0;
  for (byte in Region.loadBlob(r, 0, Nat64.toNat(bytes)).vals()) {
    a := (a + Nat32.fromNat(Nat8.toNat(byte))) % 65_521;
    b := (b + a) % 65_521;
  };
  (b << 16) | a;
};

let size : Nat64 = 3 * 65_536 + 1000;
let src = Region.new();
let dst = Region.new();
ignore Region.grow(src, 4);
ignore Region.grow(dst, 4);
fill(src, size);
copy(src, dst, size);
let s1 = adler32(src, size);
let s2 = adler32(dst, size);
Debug.print(debug_show (s1, s2, s1 == s2));
Debug.print(debug_show Region.loadBlob(dst, size - 8, 16));
Region.storeNat8(dst, 77_777, Region.loadNat8(dst, 77_777) +% 1);
Debug.print(debug_show (adler32(dst, size) == s1));
let tiny = Region.new();
ignore Region.grow(tiny, 1);
copy(src, tiny, size);
// trap-span: 24.5-24.74
