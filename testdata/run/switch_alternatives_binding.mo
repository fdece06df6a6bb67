// Alternatives that bind the same variable in each branch.
import Debug "mo:base/Debug";

type Amount = { #cents : Nat; #units : Nat; #none };
func value(a : Amount) : Nat {
  switch a {
    case (#cents n or #units n) n;
    case (#none) 0;
  };
};
Debug.print(debug_show (value(#cents 5), value(#units 7), value(#none)));
let pair = (1, 2);
switch pair {
  case ((x, 1) or (1, x)) Debug.print("other is " # debug_show x);
  case _ Debug.print("no one");
};
