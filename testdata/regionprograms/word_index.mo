// Word frequencies of a document stored in a Region; words are counted in a sorted in-memory table.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Char "mo:base/Char";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";
import Order "mo:base/Order";

let doc = Region.new();
ignore Region.grow(doc, 1);
let text = "The region holds the text; the text holds words. Words, words: 42 of them? No -- fewer!";
let bytes = Text.encodeUtf8(text);
Region.storeBlob(doc, 100, bytes);

func lower(c : Char) : Char {
  if (Char.isUppercase(c)) Char.fromNat32(Char.toNat32(c) + 32) else c;
};

func isWordChar(c : Char) : Bool = Char.isDigit(c) or (c >= 'a' and c <= 'z') or (c >= 'A' and c <= 'Z');

var words : [(Text, Nat)] = [];

func insert(w : Text) {
  var i = 0;
  while (i < words.size()) {
    switch (Text.compare(words[i].0, w)) {
      case (#equal) {
        let updated = Array.tabulate<(Text, Nat)>(words.size(), func j = if (j == i) (w, words[j].1 + 1) else words[j]);
        words := updated;
        return;
      };
      case (#greater) {
        words := Array.tabulate<(Text, Nat)>(words.size() + 1, func j = if (j < i) words[j] else if (j == i) (w, 1) else words[j - 1]);
        return;
      };
      case (#less) i += 1;
    };
  };
  words := Array.append(words, [(w, 1)]);
};

let stored = Region.loadBlob(doc, 100, bytes.size());
let back = switch (Text.decodeUtf8(stored)) { case (?t) t; case null "" };
var current = "";
for (c in back.chars()) {
  if (isWordChar(c)) current #= Char.toText(lower(c)) else if (current != "") {
    insert(current);
    current := "";
  };
};
if (current != "") insert(current);
for ((w, n) in words.vals()) Debug.print(w # " " # debug_show n);
let top = Array.foldLeft<(Text, Nat), (Text, Nat)>(words, ("", 0), func(best, e) = if (e.1 > best.1) e else best);
Debug.print(debug_show top);
Debug.print(debug_show (Order.isLess(Text.compare("Words", "words")), "a" < "b", "abc" > "ab", back.size(), bytes.size()));
