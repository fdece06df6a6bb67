// A record gains a field: enhanced persistence refuses (records keep their
// fields); classical persistence cannot fill it and starts it afresh.
import Prim "mo:⛔";

actor {
  stable var count : Int = 0;
  stable var color : { #red; #green; #blue } = #red;
  stable var point : { x : Nat; y : Nat; z : Nat } = { x = 0; y = 0; z = 0 };
  stable var dropped : Text = "";
  stable var added : ?Nat = null;
  public query func show() : async () {
    Prim.debugPrint(debug_show { count; color; point; dropped; added })
  };
};
