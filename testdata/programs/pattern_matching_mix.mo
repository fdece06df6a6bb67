// Pattern matching: or-patterns, literals, records with renaming, nested options, annotations.
import Debug "mo:base/Debug";

type Msg = { #text : Text; #number : Int; #pair : (Int, Int); #point : { x : Int; y : Int }; #none };

func classify(m : Msg) : Text {
  switch m {
    case (#text "") "empty text";
    case (#text ("hi" or "hello")) "greeting";
    case (#text t) "text of " # debug_show t.size();
    case (#number (0 or 1)) "bit";
    case (#number (-1)) "minus one";
    case (#number n) if (n < 0) "negative" else "positive";
    case (#pair (a, b)) if (a == b) "twin" else "pair";
    case (#point { x = 0; y = 0 }) "origin";
    case (#point { x = 0; y = row }) "on y axis at " # debug_show row;
    case (#point { x; y }) "point " # debug_show (x + y);
    case (#none) "none";
  }
};

let msgs : [Msg] = [#text "", #text "hello", #text "motoko", #number 0, #number(-1), #number(-7), #number 99,
  #pair(2, 2), #pair(1, 3), #point { x = 0; y = 0 }, #point { x = 0; y = 5 }, #point { x = 3; y = 4 }, #none];
for (m in msgs.vals()) Debug.print(classify m);

func depth(o : ???Nat) : Text {
  switch o {
    case null "null";
    case (?null) "?null";
    case (??null) "??null";
    case (???(0 or 1)) "small";
    case (???n) "value " # debug_show n;
  }
};
Debug.print(debug_show [depth(null), depth(?null), depth(??null), depth(???1), depth(???42)]);

func swap((a, b) : (Text, Nat)) : (Nat, Text) = (b, a);
Debug.print(debug_show swap("x", 1));

let { name = who; tags } = { name = "cfg"; tags = ["a", "b"] };
let firstTag = tags[0];
Debug.print(who # " " # firstTag);

func sign(i : Int) : Char {
  switch (i < 0, i == 0) {
    case (true, _) '-';
    case (_, true) '0';
    case _ '+';
  }
};
Debug.print(debug_show [sign(-4), sign(0), sign(8)]);
let (q, r) = (17 / 5, 17 % 5);
let t : (Nat, Text, Bool) = (1, "two", true);
let (_, middle, _) = t;
Debug.print(debug_show (q, r, middle, t.2));
