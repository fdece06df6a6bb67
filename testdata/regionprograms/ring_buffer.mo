// A ring buffer of Int32 samples in a Region, overwriting the oldest when full.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Int32 "mo:base/Int32";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";
import Float "mo:base/Float";

class Ring(capacity : Nat64) {
  let r = Region.new();
  ignore Region.grow(r, (capacity * 4 + 65_535) / 65_536);
  var head : Nat64 = 0; // total number of pushes
  var len : Nat64 = 0;

  func at(i : Nat64) : Nat64 = (i % capacity) * 4;

  public func push(x : Int32) {
    Region.storeInt32(r, at(head), x);
    head += 1;
    if (len < capacity) len += 1;
  };

  public func toArray() : [Int32] {
    let start = head - len;
    Array.tabulate<Int32>(Nat64.toNat(len), func i = Region.loadInt32(r, at(start + Nat64.fromNat(i))));
  };

  public func average() : Float {
    var sum : Int = 0;
    for (x in toArray().vals()) sum += Int32.toInt(x);
    if (len == 0) 0.0 else Float.fromInt(sum) / Float.fromInt(Nat64.toNat(len));
  };

  public func pages() : Nat64 = Region.size(r);
  public func rawByte(i : Nat64) : Nat8 = Region.loadNat8(r, i);
};

let ring = Ring(5);
Debug.print(debug_show ring.toArray());
Debug.print(debug_show ring.average());
let samples : [Int32] = [3, -7, 12, 100, -2_000_000_000];
for (x in samples.vals()) ring.push(x);
Debug.print(debug_show ring.toArray());
ring.push(Int32.maximumValue);
ring.push(-1);
Debug.print(debug_show ring.toArray());
Debug.print(debug_show ring.average());
Debug.print(debug_show (ring.rawByte(0), ring.rawByte(3), ring.rawByte(4), ring.rawByte(7)));
let big = Ring(20_000);
var i : Int32 = 0;
while (i < 50_000) { big.push(i); i += 1 };
let arr = big.toArray();
Debug.print(debug_show (big.pages(), arr.size(), arr[0], arr[19_999]));
Debug.print(Float.toText(big.average()));
Debug.print(debug_show ring.rawByte(65_536));
// trap-span: 35.43-35.64
