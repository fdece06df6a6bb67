import Text "mo:base/Text";
import Iter "mo:base/Iter";
import Char "mo:base/Char";
import Debug "mo:base/Debug";

func fields(i : Iter.Iter<Text>) : Text {
  var out = "[";
  for (t in i) { out #= "<" # t # ">" };
  out # "]"
};

let patterns : [(Text, Text.Pattern)] = [
  ("#char ','", #char ','),
  ("#text \"ab\"", #text "ab"),
  ("#text \"aa\"", #text "aa"),
  ("#text \"abc\"", #text "abc"),
  ("#predicate space", #predicate(Char.isWhitespace)),
  ("#text \"é\"", #text "é"),
];
let texts : [Text] = ["", ",", "a,b,,c,", ",,x", "ab", "xaba", "abab", "aaa", "aaaa", "ababx", "xxabcab", "abcab", "  hi there ", "éaé", "ab ab", "b,a"];
for ((name, p) in patterns.vals()) {
  Debug.print("== " # name);
  for (t in texts.vals()) {
    Debug.print(
      debug_show t # " split=" # fields(Text.split(t, p)) # " tokens=" # fields(Text.tokens(t, p))
      # " contains=" # debug_show (Text.contains(t, p)) # " starts=" # debug_show (Text.startsWith(t, p))
      # " ends=" # debug_show (Text.endsWith(t, p)) # " replace=" # Text.replace(t, p, "_")
    );
    Debug.print(
      "  stripStart=" # debug_show (Text.stripStart(t, p)) # " stripEnd=" # debug_show (Text.stripEnd(t, p))
      # " trimStart=" # debug_show (Text.trimStart(t, p)) # " trimEnd=" # debug_show (Text.trimEnd(t, p))
      # " trim=" # debug_show (Text.trim(t, p))
    );
  };
};

// The empty text pattern matches everywhere; split would never end, so take three fields.
let empty = Text.split("ab", #text "");
Debug.print(debug_show (empty.next(), empty.next(), empty.next()));
Debug.print(Text.replace("abc", #text "", "-") # " " # Text.replace("", #text "", "-"));
Debug.print(debug_show (Text.contains("", #text ""), Text.startsWith("x", #text ""), Text.endsWith("", #text ""), Text.stripStart("ab", #text ""), Text.stripEnd("ab", #text ""), Text.trim("ab", #text ""), Text.trimStart("ab", #text ""), Text.trimEnd("ab", #text "")));

// Which characters a predicate is asked about, in order.
var asked = "";
let spy : Text.Pattern = #predicate(func(c : Char) : Bool { asked #= Text.fromChar(c); c == '.' });
let calls : [(Text, Text -> Text)] = [
  ("split", func(t : Text) : Text { fields(Text.split(t, spy)) }),
  ("contains", func(t : Text) : Text { debug_show Text.contains(t, spy) }),
  ("endsWith", func(t : Text) : Text { debug_show Text.endsWith(t, spy) }),
  ("replace", func(t : Text) : Text { Text.replace(t, spy, "!") }),
  ("trimStart", func(t : Text) : Text { Text.trimStart(t, spy) }),
  ("trimEnd", func(t : Text) : Text { Text.trimEnd(t, spy) }),
  ("trim", func(t : Text) : Text { Text.trim(t, spy) }),
];
for ((name, call) in calls.vals()) {
  asked := "";
  let result = call("..a.b..");
  Debug.print(name # " " # result # " asked " # asked);
};
