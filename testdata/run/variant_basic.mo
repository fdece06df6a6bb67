// Variants with and without payloads, inspected by switch.
import Debug "mo:base/Debug";

type Token = { #num : Int; #op : Char; #eof };
func describe(t : Token) : Text {
  switch t {
    case (#num n) "number " # debug_show n;
    case (#op c) "operator " # debug_show c;
    case (#eof) "end";
  };
};
let tokens : [Token] = [#num 3, #op '+', #num(-2), #eof];
for (t in tokens.vals()) { Debug.print(describe t) };
Debug.print(debug_show tokens);
