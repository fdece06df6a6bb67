// Caesar and Vigenère ciphers over ASCII letters using Char <-> Nat32 conversions.
import Debug "mo:base/Debug";
import Char "mo:base/Char";
import Text "mo:base/Text";
import Nat32 "mo:base/Nat32";

func shiftChar(c : Char, k : Nat32) : Char {
  let n = Char.toNat32(c);
  if (c >= 'a' and c <= 'z') Char.fromNat32((n - 97 + k) % 26 + 97)
  else if (c >= 'A' and c <= 'Z') Char.fromNat32((n - 65 + k) % 26 + 65)
  else c
};

func caesar(t : Text, k : Nat32) : Text {
  var out = "";
  for (c in t.chars()) out #= Char.toText(shiftChar(c, k % 26));
  out
};

func vigenere(t : Text, key : Text, decrypt : Bool) : Text {
  let ks = Text_toArray(key);
  var i = 0;
  var out = "";
  for (c in t.chars()) {
    if (Char.isLowercase c or Char.isUppercase c) {
      let k = Char.toNat32(ks[i % ks.size()]) - 97;
      out #= Char.toText(shiftChar(c, if decrypt (26 - k) % 26 else k));
      i += 1;
    } else out #= Char.toText(c);
  };
  out
};

func Text_toArray(t : Text) : [Char] {
  var a : [Char] = [];
  for (c in t.chars()) a := appendChar(a, c);
  a
};

func appendChar(a : [Char], c : Char) : [Char] {
  let n = a.size();
  let m = [var c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c];
  var i = 0;
  while (i < n) { m[i] := a[i]; i += 1 };
  if (n == 0) [c] else if (n == 1) [m[0], c] else if (n == 2) [m[0], m[1], c] else [m[0], m[1], m[2], c]
};

let msg = "Attack at Dawn, 5 o'clock!";
let enc = caesar(msg, 3);
Debug.print(enc);
Debug.print(caesar(enc, 23));
Debug.print(caesar("xyz XYZ", 29));
let v = vigenere(msg, "lemn", false);
Debug.print(v);
Debug.print(vigenere(v, "lemn", true));
Debug.print(debug_show (Char.toNat32('A'), Char.fromNat32(0x263A), Char.toText('\u{1F600}')));
Debug.print(debug_show Nat32.toNat(Char.toNat32('z') - Char.toNat32('a')));
Debug.print(debug_show Text_toArray("key"));
