// Whether an execution is replicated: every message but a query call; a
// query method called as an update runs replicated, as on the IC.
import Prim "mo:⛔";

persistent actor {
  var seen = "";

  public func update() : async Bool {
    seen #= "update;";
    Prim.isReplicatedExecution();
  };

  public query func ask() : async (Bool, Text) {
    (Prim.isReplicatedExecution(), seen);
  };
};
