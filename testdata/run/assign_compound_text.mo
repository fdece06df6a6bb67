// #= appends to a Text variable.
import Debug "mo:base/Debug";

var s = "a";
s #= "b";
s #= s;
Debug.print(s);
let r = { var log = "" };
for (w in ["x", "y"].vals()) { r.log #= w # ";" };
Debug.print(r.log);
