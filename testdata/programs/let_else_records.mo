// Parsing "key=value" lines into records with let-else for every failure path.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Text "mo:base/Text";
import Char "mo:base/Char";

type Setting = { key : Text; value : Nat };

func splitOnce(t : Text, sep : Char) : ?(Text, Text) {
  var before = "";
  var after = "";
  var found = false;
  for (c in t.chars()) {
    if (not found and c == sep) found := true
    else if (found) after #= Char.toText(c)
    else before #= Char.toText(c);
  };
  if found ?(before, after) else null
};

func parseLine(line : Text) : { #ok : Setting; #skip; #bad : Text } {
  if (line == "" or Text.size(line) > 0 and isComment(line)) return #skip;
  let ?(k, v) = splitOnce(line, '=') else return #bad("no '=' in " # debug_show line);
  if (k == "") return #bad "empty key";
  let ?n = Nat.fromText(v) else return #bad("not a number: " # v);
  #ok { key = k; value = n }
};

func isComment(line : Text) : Bool {
  for (c in line.chars()) { return c == '#' };
  false
};

let lines = ["width=80", "# comment", "", "height=x", "depth", "=3", "ratio=16=9", "tabs=4"];
var total = 0;
for (l in lines.vals()) {
  let r = parseLine(l);
  switch r {
    case (#ok s) total += s.value;
    case _ {};
  };
  Debug.print(debug_show r);
};
Debug.print("total " # Nat.toText(total));
