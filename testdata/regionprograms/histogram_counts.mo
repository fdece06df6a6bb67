// Byte histograms: one Nat8 saturating counter per (bucket, byte value), kept in a Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";
import Text "mo:base/Text";

let hist = Region.new();
ignore Region.grow(hist, 1);

func countSaturating(bucket : Nat64, b : Nat8) {
  let at = bucket * 256 + Nat64.fromNat(Nat8.toNat(b));
  let c = Region.loadNat8(hist, at);
  if (c < 255) Region.storeNat8(hist, at, c + 1);
};

func countExact(bucket : Nat64, b : Nat8) {
  let at = bucket * 256 + Nat64.fromNat(Nat8.toNat(b));
  Region.storeNat8(hist, at, Region.loadNat8(hist, at) + 1);
};

func top(bucket : Nat64) : (Nat8, Nat8) {
  var best : Nat8 = 0;
  var bestCount : Nat8 = 0;
  var v = 0;
  while (v < 256) {
    let c = Region.loadNat8(hist, bucket * 256 + Nat64.fromNat(v));
    if (c > bestCount) { best := Nat8.fromNat(v); bestCount := c };
    v += 1;
  };
  (best, bestCount);
};

let sample = Text.encodeUtf8("mississippi banana bandana");
for (b in sample.vals()) countSaturating(0, b);
Debug.print(debug_show top(0));
Debug.print(debug_show Region.loadBlob(hist, 97, 19));
var i = 0;
while (i < 1000) { countSaturating(1, 0x2A); i += 1 };
Debug.print(debug_show top(1));
i := 0;
while (i < 300) {
  countExact(2, 7);
  if (i % 100 == 99) Debug.print("counted " # debug_show (i + 1));
  i += 1;
};
// trap-span: 19.30-19.59
