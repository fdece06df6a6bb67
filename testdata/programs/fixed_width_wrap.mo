// Fixed-width arithmetic: wrapping operators, conversions, checksums with Nat8/Nat16/Nat32.
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";
import Nat16 "mo:base/Nat16";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Int8 "mo:base/Int8";
import Int32 "mo:base/Int32";
import Text "mo:base/Text";
import Blob "mo:base/Blob";

func checksum8(bytes : [Nat8]) : Nat8 {
  var s : Nat8 = 0;
  for (b in bytes.vals()) s +%= b;
  ^s +% 1
};

func fletcher16(bytes : [Nat8]) : Nat16 {
  var a : Nat16 = 0; var b : Nat16 = 0;
  for (x in bytes.vals()) {
    a := (a + Nat16.fromNat(Nat8.toNat(x))) % 255;
    b := (b + a) % 255;
  };
  (b << 8) | a
};

let data = Blob.toArray(Text.encodeUtf8("abcde"));
Debug.print(debug_show data);
Debug.print(debug_show checksum8(data));
Debug.print(debug_show fletcher16(data));

var x : Nat8 = 250;
x +%= 10;
Debug.print(debug_show x);
Debug.print(debug_show ((0 : Nat8) -% 1, (200 : Nat8) *% 2, (3 : Nat8) **% 6));
let i : Int8 = -128;
Debug.print(debug_show (i -% 1, i +% -1, 0 -% i, Int8.toInt(i)));
Debug.print(debug_show (Int32.fromIntWrap(2 ** 31), Int32.fromIntWrap(-1 - 2 ** 31)));
Debug.print(debug_show (Nat32.fromIntWrap(-1), Nat64.fromIntWrap(-2), Nat8.fromIntWrap(513)));
let m : Nat64 = Nat64.maximumValue;
Debug.print(debug_show (m +% 2, m *% m, m / 3, Nat64.toNat(m) + 1));
Debug.print(Nat32.toText(Nat32.maximumValue) # " " # Int8.toText(Int8.minimumValue));
Debug.print(debug_show (Nat16.fromNat(65535) +% 1, Nat16.maximumValue));
