// A generic fixed-width store: callers supply a codec that reads and writes one element.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Char "mo:base/Char";
import Iter "mo:base/Iter";
import Nat16 "mo:base/Nat16";
import Int16 "mo:base/Int16";

type Codec<T> = {
  width : Nat64;
  load : (Region.Region, Nat64) -> T;
  store : (Region.Region, Nat64, T) -> ();
};

class FixedStore<T>(codec : Codec<T>) {
  let r = Region.new();
  var n : Nat64 = 0;
  public func append(x : T) : Nat64 {
    let end = (n + 1) * codec.width;
    if (end > Region.size(r) * 65_536) ignore Region.grow(r, 1);
    codec.store(r, n * codec.width, x);
    n += 1;
    n - 1;
  };
  public func get(i : Nat64) : ?T = if (i < n) ?codec.load(r, i * codec.width) else null;
  public func size() : Nat64 = n;
  public func vals() : Iter.Iter<T> {
    var i : Nat64 = 0;
    object {
      public func next() : ?T { let x = get(i); i += 1; x };
    };
  };
};

let natCodec : Codec<Nat16> = { width = 2; load = Region.loadNat16; store = Region.storeNat16 };
let charCodec : Codec<Char> = {
  width = 4;
  load = func(r, o) = Char.fromNat32(Region.loadNat32(r, o));
  store = func(r, o, c) = Region.storeNat32(r, o, Char.toNat32(c));
};
type Point = { x : Int16; y : Int16; visible : Bool };
let pointCodec : Codec<Point> = {
  width = 5;
  load = func(r, o) = { x = Region.loadInt16(r, o); y = Region.loadInt16(r, o + 2); visible = Region.loadNat8(r, o + 4) == 1 };
  store = func(r, o, p) {
    Region.storeInt16(r, o, p.x);
    Region.storeInt16(r, o + 2, p.y);
    Region.storeNat8(r, o + 4, if (p.visible) 1 else 0);
  };
};

let nums = FixedStore<Nat16>(natCodec);
for (i in Iter.range(0, 9)) ignore nums.append(Nat16.fromIntWrap(i * 7000));
Debug.print(debug_show Iter.toArray(nums.vals()));
Debug.print(debug_show (nums.get(9), nums.get(10), nums.size()));

let chars = FixedStore<Char>(charCodec);
for (c in "Grüße, 世界 🌍".chars()) ignore chars.append(c);
var back = "";
for (c in chars.vals()) back #= Char.toText(c);
Debug.print(back # " " # debug_show chars.size());

let points = FixedStore<Point>(pointCodec);
for (k in Iter.range(0, 13_200)) {
  ignore points.append({ x = Int16.fromIntWrap(k * 5); y = Int16.fromIntWrap(-k); visible = k % 3 == 0 });
};
Debug.print(debug_show (points.size(), points.get(0), points.get(6553), points.get(13_200)));
var visible = 0;
for (p in points.vals()) if (p.visible) visible += 1;
Debug.print(debug_show visible);
// a codec whose width is smaller than what it writes spills into the next element
let badCodec : Codec<Nat64> = { width = 4; load = Region.loadNat64; store = Region.storeNat64 };
let bad = FixedStore<Nat64>(badCodec);
ignore bad.append(0x1111_1111_2222_2222);
ignore bad.append(0x3333_3333_4444_4444);
Debug.print(debug_show (bad.get(0), bad.get(1)));
var i = 0;
while (true) { ignore bad.append(Nat64.fromNat(i)); i += 1 };
// trap-span: 22.5-22.39
