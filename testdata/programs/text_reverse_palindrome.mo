// Reversing text, palindromes, character classes and Text.join/concat.
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Char "mo:base/Char";
import Iter "mo:base/Iter";
import Array "mo:base/Array";

func reverse(t : Text) : Text {
  var r = "";
  for (c in t.chars()) { r := Char.toText(c) # r };
  r
};

func normalise(t : Text) : Text {
  var out = "";
  for (c in t.chars()) {
    if (Char.isDigit(c) or Char.isLowercase(c)) out #= Text.fromChar(c)
    else if (Char.isUppercase(c)) out #= Text.fromChar(Char.fromNat32(Char.toNat32(c) + 32));
  };
  out
};

func isPalindrome(t : Text) : Bool {
  let n = normalise(t);
  n == reverse(n)
};

let samples = ["Racecar", "A man, a plan, a canal: Panama!", "hello", "", "No 'x' in Nixon", "Motoko"];
for (s in samples.vals()) {
  Debug.print(debug_show (s, reverse(s), isPalindrome(s)));
};

let chars = Iter.toArray<Char>("héllo wörld ✓".chars());
Debug.print(debug_show chars);
Debug.print(debug_show chars.size() # " chars, " # debug_show "héllo wörld ✓".size());
Debug.print(Text.join("-", Iter.map<Char, Text>(chars.vals(), Char.toText)));
Debug.print(Text.concat("abc", reverse("abc")));
Debug.print(debug_show Text.compare("apple", "apricot"));
Debug.print(debug_show Array.map<Text, Nat>(samples, Text.size));
let utf8 = Text.encodeUtf8("é✓");
Debug.print(debug_show utf8);
Debug.print(debug_show Text.decodeUtf8(utf8));
