// Int back to Nat and a lost tag: enhanced persistence refuses; classical
// persistence cannot decode the values and starts them afresh.
import Prim "mo:⛔";

actor {
  stable var count : Nat = 1000;
  stable var color : { #red; #green } = #red;
  stable var point : { x : Nat; y : Nat } = { x = 0; y = 0 };
  stable var dropped : Text = "";
  stable var added : ?Nat = null;
  public query func show() : async () {
    Prim.debugPrint(debug_show { count; color; point; dropped; added })
  };
};
