// LEB128 varints (unsigned and signed) packed into a Region, as a compact event encoding.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Int64 "mo:base/Int64";
import Nat8 "mo:base/Nat8";
import Prim "mo:⛔";

let buf = Region.new();
ignore Region.grow(buf, 1);
var pos : Nat64 = 0;

func putU(x : Nat64) {
  var v = x;
  loop {
    let byte = Nat8.fromNat(Nat64.toNat(v & 0x7F));
    v >>= 7;
    if (v == 0) { Region.storeNat8(buf, pos, byte); pos += 1; return };
    Region.storeNat8(buf, pos, byte | 0x80);
    pos += 1;
  };
};

func putS(x : Int64) {
  var v = x;
  loop {
    let byte = Nat8.fromNat(Nat64.toNat(Prim.int64ToNat64(v) & 0x7F));
    v >>= 7; // arithmetic shift keeps the sign
    let done = (v == 0 and byte & 0x40 == 0) or (v == -1 and byte & 0x40 != 0);
    Region.storeNat8(buf, pos, if done byte else byte | 0x80);
    pos += 1;
    if done return;
  };
};

func getU(at : Nat64) : (Nat64, Nat64) {
  var result : Nat64 = 0;
  var shift : Nat64 = 0;
  var p = at;
  loop {
    let byte = Region.loadNat8(buf, p);
    p += 1;
    result |= Nat64.fromNat(Nat8.toNat(byte & 0x7F)) << shift;
    if (byte & 0x80 == 0) return (result, p);
    shift += 7;
    if (shift > 63) Debug.trap("varint too long at " # Nat64.toText(at));
  };
};

func getS(at : Nat64) : (Int64, Nat64) {
  var result : Int64 = 0;
  var shift : Int64 = 0;
  var p = at;
  loop {
    let byte = Region.loadNat8(buf, p);
    p += 1;
    result |= Prim.nat64ToInt64(Nat64.fromNat(Nat8.toNat(byte & 0x7F))) << shift;
    shift += 7;
    if (byte & 0x80 == 0) {
      if (shift < 64 and byte & 0x40 != 0) result |= (-1 : Int64) << shift;
      return (result, p);
    };
  };
};

let us : [Nat64] = [0, 1, 127, 128, 300, 16_384, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF];
let ss : [Int64] = [0, -1, 63, -64, 64, -65, 1_000_000, Int64.minimumValue, Int64.maximumValue];
for (u in us.vals()) putU(u);
let split = pos;
for (s in ss.vals()) putS(s);
Debug.print("encoded " # Nat64.toText(pos) # " bytes");
Debug.print(debug_show Region.loadBlob(buf, 0, Prim.nat64ToNat(split)));
var at : Nat64 = 0;
var decoded : [Nat64] = [];
while (at < split) { let (v, next) = getU(at); decoded := Prim.Array_tabulate<Nat64>(decoded.size() + 1, func i = if (i < decoded.size()) decoded[i] else v); at := next };
Debug.print(debug_show (decoded == us));
while (at < pos) { let (v, next) = getS(at); Debug.print(debug_show v # " <- " # debug_show Region.loadBlob(buf, at, Prim.nat64ToNat(next - at))); at := next };
// a run of continuation bytes is rejected
var k : Nat64 = 0;
while (k < 10) { Region.storeNat8(buf, 1000 + k, 0xFF); k += 1 };
ignore getU(1000);
// trap-span: 46.21-46.73
