import Prim "mo:⛔";

actor {
  stable var count : Nat = 7;
  stable var color : { #red; #green } = #green;
  stable var point : { x : Nat; y : Nat } = { x = 1; y = 2 };
  stable var dropped : Text = "only in v1";
  public query func show() : async () {
    Prim.debugPrint(debug_show { count; color; point; dropped })
  };
};
