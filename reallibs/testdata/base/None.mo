// motoko-base None: a function that can never be called.
import None "mo:base/None";
import Debug "mo:base/Debug";

func describe(r : { #ok : Nat; #never : None }) : Nat = switch r {
  case (#ok n) n;
  case (#never x) None.impossible<Nat>(x);
};
Debug.print(debug_show describe(#ok 3));
