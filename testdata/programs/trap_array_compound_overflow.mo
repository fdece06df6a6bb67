// A histogram of byte values stored as Nat8 counters overflows on a skewed input.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Text "mo:base/Text";
import Blob "mo:base/Blob";

let counts = Array.init<Nat8>(4, 0);
func bucket(b : Nat8) : Nat = Nat8_toNat(b) / 64;
func Nat8_toNat(b : Nat8) : Nat = if (b == 0) 0 else 1 + Nat8_toNat(b - 1);

let sample = Text.encodeUtf8("Hello, histogram! 0123456789");
for (b in sample.vals()) counts[bucket b] += 1;
Debug.print(debug_show counts);

var text = "";
var i = 0;
while (i < 30) { text #= "zzzzzzzzz"; i += 1 };
for (b in Text.encodeUtf8(text).vals()) {
  counts[bucket b] += 1;
};
Debug.print(debug_show counts);
