// A message commits its changes at each await: a trap after an await
// undoes only what came after it. An error from a callee can be caught.
import Prim "mo:⛔";

actor Self {
  var log = "";

  public func ping() : async () { log #= "ping;" };

  public func boom() : async () { log #= "boom;"; Prim.trap("callee traps") };

  public func go() : async () {
    log #= "before;";
    await Self.ping();
    log #= "after;";
    Prim.trap("caller traps after its await");
  };

  public func catching() : async Text {
    log #= "try;";
    try {
      await Self.boom();
      "not reached"
    } catch e {
      log #= "caught;";
      Prim.errorMessage(e)
    } finally {
      log #= "finally;";
    }
  };

  public func rejecting() : async () {
    throw Prim.error("a reject, not a trap: changes stay")
  };

  public func asyncs() : async Nat {
    let a = async { log #= "a;"; 1 };
    let b = async { log #= "b;"; 2 };
    log #= "spawned;";
    (await a) + (await b)
  };

  public query func show() : async Text { log };
};
