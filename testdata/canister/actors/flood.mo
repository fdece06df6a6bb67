// A message that sends more messages to its own canister than its queue
// holds (500 in flight): the send that finds the queue full throws
// #call_error {err_code = 2}, which the message may catch; those sent
// before run.
import Prim "mo:⛔";

persistent actor {
  var ticks = 0;
  func tick() : async () { ticks += 1 };
  public func ping() : async () {};

  public func flood(n : Nat) : async Text {
    var sent = 0;
    try {
      while (sent < n) { ignore tick(); sent += 1 };
      "sent all " # debug_show sent;
    } catch e {
      "sent " # debug_show sent # ", then " # debug_show (Prim.errorCode(e), Prim.errorMessage(e));
    };
  };

  // Uncaught, the error rejects the message with the canister's own code.
  public func floodUncaught(n : Nat) : async () {
    var sent = 0;
    while (sent < n) { ignore ping(); sent += 1 };
  };

  public func callFlooder() : async Text {
    try { await floodUncaught(600); "no error" } catch e { debug_show (Prim.errorCode(e), Prim.errorMessage(e)) };
  };

  public query func count() : async Nat { ticks };
};
