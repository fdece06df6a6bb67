import Text "mo:base/Text";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let words : [Text] = ["", "a", "hello", "héllo", "世界", "😀!"];
for (t in words.vals()) {
  var chars = "";
  for (c in Text.toIter(t)) {
    chars #= debug_show c # ",";
  };
  Debug.print(debug_show t # " size=" # debug_show (Text.size(t)) # " chars=" # chars # " utf8=" # debug_show (Text.encodeUtf8(t)));
  Debug.print("  roundtrip=" # debug_show (Text.decodeUtf8(Text.encodeUtf8(t))));
};
Debug.print(Text.concat("abc", "def") # "|" # Text.concat("", "") # "|" # Text.concat("x", ""));
Debug.print(Text.fromChar('x') # Text.fromChar('世'));
Debug.print(debug_show (Text.decodeUtf8("\FF"), Text.decodeUtf8("\C3\A9"), Text.decodeUtf8("")));
Debug.print(Text.join(", ", ["a", "b", "c"].vals()));
Debug.print(Text.join("", ["a", "b", "c"].vals()));
Debug.print("[" # Text.join("-", ([] : [Text]).vals()) # "]");
Debug.print("[" # Text.join("-", ["solo"].vals()) # "]");
Debug.print("[" # Text.join("/", ["", "", ""].vals()) # "]");
Debug.print(Text.join(" ", Iter.fromArray<Text>(["from", "an", "iter"])));
let pairs : [(Text, Text)] = [("a", "b"), ("b", "a"), ("abc", "abc"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("😀", "世")];
for ((x, y) in pairs.vals()) {
  Debug.print(debug_show (x, y, Text.equal(x, y), Text.notEqual(x, y), Text.compare(x, y)));
};
let t : Text.Text = "typed";
Debug.print(t);
Debug.print(debug_show (Text.toArray("héllo"), Text.toArray(""), Text.toVarArray("ab"), Text.fromArray(['x', '世']), Text.fromVarArray([var 'q'])));
Debug.print(Text.fromIter(Iter.fromArray(['i', 't'])) # "|" # Text.fromIter(Text.toIter("")) # "|");
Debug.print(debug_show (Text.hash(""), Text.hash("a"), Text.hash("hello"), Text.hash("héllo 世界 😀"), Text.hash("a much longer text that wraps the hash several times")));
Debug.print(Text.map("Hello", func(c : Char) : Char { if (c == 'l') { 'L' } else { c } }));
Debug.print(Text.translate("a-b", func(c : Char) : Text { if (c == '-') { "--" } else { Text.fromChar(c) # "." } }));
Debug.print(Text.toLowercase("ÀBÇ Straße") # " " # Text.toUppercase("àbç straße"));
Debug.print(debug_show (Text.less("a", "b"), Text.lessOrEqual("b", "b"), Text.greater("a", "b"), Text.greaterOrEqual("a", "a")));
let byCase = func(a : Char, b : Char) : { #less; #equal; #greater } {
  Text.compare(Text.toLowercase(Text.fromChar(a)), Text.toLowercase(Text.fromChar(b)))
};
Debug.print(debug_show (Text.compareWith("abc", "ABD", byCase), Text.compareWith("ab", "AB", byCase), Text.compareWith("abc", "AB", byCase), Text.compareWith("", "a", byCase)));
