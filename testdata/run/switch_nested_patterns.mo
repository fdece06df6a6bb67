// Deeply nested patterns mixing tuples, options, variants and records.
import Debug "mo:base/Debug";

type Cmd = { #set : (Text, ?Int); #clear : { all : Bool } };
func run(c : Cmd) : Text {
  switch c {
    case (#set(key, ?(0))) key # " zeroed";
    case (#set(key, ?v)) key # "=" # debug_show v;
    case (#set(key, null)) key # " unset";
    case (#clear { all = true }) "cleared all";
    case (#clear _) "cleared one";
  };
};
let cmds : [Cmd] = [#set("a", ?0), #set("b", ?(-4)), #set("c", null), #clear { all = true }, #clear { all = false }];
for (c in cmds.vals()) { Debug.print(run c) };
