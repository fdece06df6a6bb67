// Working with Blobs and byte arrays: hex dump, comparison, and a simple run-length encoding.
import Debug "mo:base/Debug";
import Blob "mo:base/Blob";
import Text "mo:base/Text";
import Nat8 "mo:base/Nat8";
import Array "mo:base/Array";

let hexDigits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

func hex(b : Blob) : Text {
  var s = "";
  for (byte in b.vals()) {
    let n = Nat8.toNat(byte);
    s #= Text.fromChar(hexDigits[n / 16]) # Text.fromChar(hexDigits[n % 16]);
  };
  s
};

func rle(bytes : [Nat8]) : [(Nat8, Nat)] {
  var out : [(Nat8, Nat)] = [];
  var i = 0;
  while (i < bytes.size()) {
    var j = i;
    while (j < bytes.size() and bytes[j] == bytes[i]) j += 1;
    out := Array.append(out, [(bytes[i], j - i)]);
    i := j;
  };
  out
};

let b1 = Text.encodeUtf8("aaabccddddé");
Debug.print(hex b1);
Debug.print(debug_show rle(Blob.toArray(b1)));
let b2 = Blob.fromArray([0, 1, 2, 255]);
Debug.print(debug_show (b2, b2.size(), hex(b2)));
Debug.print(debug_show (b1 == b2, b2 < b1, Blob.equal(b2, Blob.fromArray([0, 1, 2, 255]))));
Debug.print(debug_show (Text.decodeUtf8(b2), Text.decodeUtf8(b1)));
let empty = Blob.fromArray([]);
Debug.print(debug_show (empty, empty.size(), hex(empty) == ""));
var xor : Nat8 = 0;
for (x in b1.vals()) xor ^= x;
Debug.print(debug_show xor);
