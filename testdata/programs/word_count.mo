// Word frequencies: split text on non-letters, lower-case, count in an association array.
import Debug "mo:base/Debug";
import Char "mo:base/Char";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Array "mo:base/Array";
import Iter "mo:base/Iter";

func lower(c : Char) : Char {
  if (Char.isUppercase(c)) Char.fromNat32(Char.toNat32(c) + 32) else c
};

func isLetter(c : Char) : Bool = (c >= 'a' and c <= 'z') or (c >= 'A' and c <= 'Z') or c == '\'';

func words(t : Text) : [Text] {
  var out : [Text] = [];
  var cur = "";
  for (c in t.chars()) {
    if (isLetter c) { cur #= Char.toText(lower c) } else if (cur != "") {
      out := Array.append(out, [cur]);
      cur := "";
    };
  };
  if (cur != "") out := Array.append(out, [cur]);
  out
};

type Entry = { word : Text; var count : Nat };

let poem = "It was the best of times, it was the worst of times; it was the age of Wisdom, it was the age of foolishness...";
let ws = words(poem);
Debug.print(debug_show ws.size() # " words");

var table : [Entry] = [];
for (w in ws.vals()) {
  switch (Array.find<Entry>(table, func e = e.word == w)) {
    case (?e) { e.count += 1 };
    case null { table := Array.append<Entry>(table, [{ word = w; var count = 1 }]) };
  };
};

for (e in table.vals()) {
  Debug.print(e.word # ": " # Nat.toText(e.count));
};
let top = Array.foldLeft<Entry, ?Entry>(table, null, func(best, e) {
  switch best {
    case (?b) if (b.count >= e.count) best else ?e;
    case null ?e;
  }
});
switch top {
  case (?e) Debug.print("most common: " # debug_show e);
  case null {};
};
Debug.print(Text.join(", ", Iter.map<Entry, Text>(table.vals(), func e = e.word)));
