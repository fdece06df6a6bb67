// Accepted in both modes: Nat to Int, a variant gains a tag, a new variable.
import Prim "mo:⛔";

actor {
  stable var count : Int = 0;
  stable var color : { #red; #green; #blue } = #red;
  stable var point : { x : Nat; y : Nat } = { x = 0; y = 0 };
  stable var dropped : Text = "";
  stable var added : ?Nat = null;
  public query func show() : async () {
    Prim.debugPrint(debug_show { count; color; point; dropped; added })
  };
};
