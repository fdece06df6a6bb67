import Prim "mo:⛔";

actor {
  stable var generation = 0;
  stable var failPre = false;
  transient var transientCount = 0;
  Prim.debugPrint("v1 body: generation " # debug_show generation # ", transient " # debug_show transientCount);

  public func bump() : async () { generation += 1; transientCount += 1 };
  public func setFailPre(b : Bool) : async () { failPre := b };

  system func preupgrade() {
    Prim.debugPrint("v1 preupgrade");
    generation += 100; // undone when the upgrade fails
    if failPre { Prim.trap("v1 refuses to be upgraded") };
  };
  system func postupgrade() { Prim.debugPrint("v1 postupgrade") };
};
