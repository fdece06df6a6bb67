// Drops the variable `dropped`: classical persistence discards it,
// enhanced persistence refuses the upgrade.
import Prim "mo:⛔";

actor {
  stable var count : Int = 0;
  stable var color : { #red; #green; #blue } = #red;
  stable var point : { x : Nat; y : Nat } = { x = 0; y = 0 };
  public query func show() : async () {
    Prim.debugPrint(debug_show { count; color; point })
  };
};
