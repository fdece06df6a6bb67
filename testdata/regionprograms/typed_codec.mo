// A typed encoder/decoder writing a tagged stream of values into a Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Char "mo:base/Char";
import Float "mo:base/Float";
import Nat64 "mo:base/Nat64";

type Value = {
  #i8 : Int8; #i16 : Int16; #i32 : Int32; #i64 : Int64;
  #f : Float; #c : Char; #b : Bool; #n : Nat64;
};

let r = Region.new();
ignore Region.grow(r, 1);
var pos : Nat64 = 0;

func put(v : Value) {
  switch v {
    case (#i8 x) { Region.storeNat8(r, pos, 1); Region.storeInt8(r, pos + 1, x); pos += 2 };
    case (#i16 x) { Region.storeNat8(r, pos, 2); Region.storeInt16(r, pos + 1, x); pos += 3 };
    case (#i32 x) { Region.storeNat8(r, pos, 3); Region.storeInt32(r, pos + 1, x); pos += 5 };
    case (#i64 x) { Region.storeNat8(r, pos, 4); Region.storeInt64(r, pos + 1, x); pos += 9 };
    case (#f x) { Region.storeNat8(r, pos, 5); Region.storeFloat(r, pos + 1, x); pos += 9 };
    case (#c x) { Region.storeNat8(r, pos, 6); Region.storeNat32(r, pos + 1, Char.toNat32(x)); pos += 5 };
    case (#b x) { Region.storeNat8(r, pos, 7); Region.storeNat8(r, pos + 1, if x 1 else 0); pos += 2 };
    case (#n x) { Region.storeNat8(r, pos, 8); Region.storeNat64(r, pos + 1, x); pos += 9 };
  };
};

func get(at : Nat64) : (Value, Nat64) {
  switch (Region.loadNat8(r, at)) {
    case 1 (#i8(Region.loadInt8(r, at + 1)), at + 2);
    case 2 (#i16(Region.loadInt16(r, at + 1)), at + 3);
    case 3 (#i32(Region.loadInt32(r, at + 1)), at + 5);
    case 4 (#i64(Region.loadInt64(r, at + 1)), at + 9);
    case 5 (#f(Region.loadFloat(r, at + 1)), at + 9);
    case 6 (#c(Char.fromNat32(Region.loadNat32(r, at + 1))), at + 5);
    case 7 (#b(Region.loadNat8(r, at + 1) != 0), at + 2);
    case 8 (#n(Region.loadNat64(r, at + 1)), at + 9);
    case tag { Debug.trap("bad tag " # debug_show tag) };
  };
};

let zero = 0.0;
let values : [Value] = [
  #i8(-128), #i8(127), #i16(-32_768), #i32(-1), #i64(-9_223_372_036_854_775_808),
  #f(zero / zero), #f(1.0 / zero), #f(-1.0 / zero), #f(-0.0), #f(Float.pi),
  #c('A'), #c('€'), #c('🦀'), #b(true), #b(false), #n(0xFFFF_FFFF_FFFF_FFFF),
];
for (v in values.vals()) put(v);
Debug.print("wrote " # Nat64.toText(pos) # " bytes");
var at : Nat64 = 0;
while (at < pos) {
  let (v, next) = get(at);
  Debug.print(debug_show v);
  at := next;
};
// reading the Int64 minimum back as raw bytes
Debug.print(debug_show Region.loadBlob(r, 0, 16));
// a Char from a Nat32 past the Unicode range traps
Region.storeNat32(r, pos + 1, 0x11_0000);
Region.storeNat8(r, pos, 6);
ignore get(pos);
// trap-span: 37.16-37.59
