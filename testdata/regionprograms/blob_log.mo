// Append-only blob log with an index region of (offset, length) pairs.
import Region "mo:base/Region";
import Blob "mo:base/Blob";
import Text "mo:base/Text";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";
import Array "mo:base/Array";

let data = Region.new();
let index = Region.new();
var dataEnd : Nat64 = 0;
var count : Nat64 = 0;

func ensure(r : Region.Region, bytes : Nat64) {
  let cap = Region.size(r) * 65_536;
  if (bytes > cap) {
    let pages = (bytes - cap + 65_535) / 65_536;
    assert Region.grow(r, pages) != 0xFFFF_FFFF_FFFF_FFFF;
  };
};

func append(b : Blob) : Nat64 {
  let len = Nat64.fromNat(b.size());
  ensure(data, dataEnd + len);
  Region.storeBlob(data, dataEnd, b);
  ensure(index, (count + 1) * 16);
  Region.storeNat64(index, count * 16, dataEnd);
  Region.storeNat64(index, count * 16 + 8, len);
  dataEnd += len;
  count += 1;
  count - 1;
};

func get(i : Nat64) : Blob {
  let off = Region.loadNat64(index, i * 16);
  let len = Region.loadNat64(index, i * 16 + 8);
  Region.loadBlob(data, off, Nat64.toNat(len));
};

let msgs = ["hello", "stable", "", "memory ✓", "ünïcödé"];
for (m in msgs.vals()) {
  ignore append(Text.encodeUtf8(m));
};
Debug.print(debug_show (count, dataEnd, Region.size(data), Region.size(index)));
var i : Nat64 = 0;
while (i < count) {
  let b = get(i);
  switch (Text.decodeUtf8(b)) {
    case (?t) Debug.print(Nat64.toText(i) # ": " # t # " " # debug_show b);
    case null Debug.print("bad utf8");
  };
  i += 1;
};
// a bigger record crossing the first page boundary
let bigArr = Array.tabulate<Nat8>(70_000, func k = Nat8.fromIntWrap(k));
let bigId = append(Blob.fromArray(bigArr));
let back = get(bigId);
Debug.print(debug_show (bigId, back.size(), Region.size(data), dataEnd));
let arr = Blob.toArray(back);
Debug.print(debug_show (arr[0], arr[255], arr[256], arr[69_999]));
// reading one past the last index entry sees zeroes: an empty blob at offset 0
Debug.print(debug_show get(count));
// an index entry pointing past the data region traps
Region.storeNat64(index, 0, 200_000);
ignore get(0);
// trap-span: 38.3-38.47
