import Prim "mo:⛔";

// Every tick sees a later time than the one before, also across runs.
actor {
  stable var last : Nat64 = 0;
  public func tick() : async () {
    let now = Prim.time();
    assert now > last;
    last := now;
    Prim.debugPrint(debug_show now);
  };
};
