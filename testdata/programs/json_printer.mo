// A JSON-like value type as a recursive variant, with a hand-written printer and a path lookup.
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Int "mo:base/Int";
import Float "mo:base/Float";
import Iter "mo:base/Iter";
import Array "mo:base/Array";

type Json = {
  #null_;
  #bool : Bool;
  #number : Int;
  #float : Float;
  #string : Text;
  #array : [Json];
  #obj : [(Text, Json)];
};

func escape(t : Text) : Text {
  var out = "";
  for (c in t.chars()) {
    out #= switch c {
      case '\"' "\\\"";
      case '\\' "\\\\";
      case '\n' "\\n";
      case _ Text.fromChar(c);
    };
  };
  "\"" # out # "\""
};

func print(j : Json) : Text {
  switch j {
    case (#null_) "null";
    case (#bool b) if b "true" else "false";
    case (#number n) Int.toText(n);
    case (#float f) Float.toText(f);
    case (#string s) escape(s);
    case (#array xs) "[" # Text.join(",", Iter.map<Json, Text>(xs.vals(), print)) # "]";
    case (#obj fs) {
      "{" # Text.join(",", Iter.map<(Text, Json), Text>(fs.vals(), func((k, v)) = escape(k) # ":" # print(v))) # "}"
    };
  }
};

func get(j : Json, path : [Text]) : ?Json {
  var cur = j;
  label walk for (key in path.vals()) {
    switch cur {
      case (#obj fs) {
        switch (Array.find<(Text, Json)>(fs, func((k, _)) = k == key)) {
          case (?(_, v)) { cur := v; continue walk };
          case null return null;
        };
      };
      case _ return null;
    };
  };
  ?cur
};

let doc : Json = #obj([
  ("name", #string "mori \"interpreter\""),
  ("version", #array([#number 0, #number 1, #number(-2)])),
  ("stable", #bool false),
  ("ratio", #float 0.75),
  ("meta", #obj([("notes", #string "line1\nline2"), ("owner", #null_)])),
]);
Debug.print(print doc);
Debug.print(debug_show (get(doc, ["meta", "owner"]), get(doc, ["meta", "missing"]), get(doc, ["name", "x"])));
switch (get(doc, ["version"])) {
  case (?(#array vs)) Debug.print("version has " # debug_show vs.size() # " parts");
  case _ Debug.print("no version");
};
Debug.print(print(#array([])) # " " # print(#obj([])));
