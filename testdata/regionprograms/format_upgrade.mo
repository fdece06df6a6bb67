// Upgrading a stored table from format v1 (Nat32 balances) to v2 (Int64 balances + a checksum) in a new Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Int64 "mo:base/Int64";

let magicV1 : Nat32 = 0x3156_4C54; // "TLV1"
let magicV2 : Nat32 = 0x3256_4C54; // "TLV2"

let v1 = Region.new();
ignore Region.grow(v1, 1);
Region.storeNat32(v1, 0, magicV1);
Region.storeNat32(v1, 4, 5);
let balances : [Nat32] = [10, 0, 4_000_000_000, 77, 1];
for (i in balances.keys()) Region.storeNat32(v1, 8 + Nat64.fromNat(i) * 4, balances[i]);

func upgrade(old : Region.Region) : Region.Region {
  let magic = Region.loadNat32(old, 0);
  if (magic == magicV2) return old;
  if (magic != magicV1) Debug.trap("unknown format " # Nat32.toText(magic));
  let n = Nat64.fromNat(Nat32.toNat(Region.loadNat32(old, 4)));
  let fresh = Region.new();
  ignore Region.grow(fresh, (16 + n * 8 + 65_535) / 65_536);
  Region.storeNat32(fresh, 0, magicV2);
  Region.storeNat64(fresh, 4, n);
  var sum : Int64 = 0;
  var i : Nat64 = 0;
  while (i < n) {
    let b = Int64.fromInt(Nat32.toNat(Region.loadNat32(old, 8 + i * 4)));
    Region.storeInt64(fresh, 16 + i * 8, b);
    sum +%= b;
    i += 1;
  };
  Region.storeInt64(fresh, 16 + n * 8, sum);
  fresh;
};

func dump(r : Region.Region) {
  let n = Region.loadNat64(r, 4);
  var i : Nat64 = 0;
  var line = "";
  while (i < n) { line #= Int64.toText(Region.loadInt64(r, 16 + i * 8)) # " "; i += 1 };
  Debug.print(line # "| sum " # Int64.toText(Region.loadInt64(r, 16 + n * 8)));
};

let v2 = upgrade(v1);
Debug.print(debug_show (Region.id(v1), Region.id(v2), Region.loadNat32(v2, 0) == magicV2));
dump(v2);
let again = upgrade(v2);
Debug.print(debug_show (Region.id(again) == Region.id(v2)));
// corrupted header
let junk = Region.new();
ignore Region.grow(junk, 1);
Region.storeBlob(junk, 0, "JUNK");
ignore upgrade(junk);
// trap-span: 21.25-21.76
