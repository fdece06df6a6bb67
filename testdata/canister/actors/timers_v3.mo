// timers_v2.mo's successor with a `system func timer` of its own, and a
// heartbeat, which runs at the start of every round.
import Prim "mo:⛔";

actor {
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var fired = 0;
  var beats = 0;

  system func heartbeat() : async () { beats += 1 };

  system func timer(setGlobalTimer : Nat64 -> ()) : async () {
    fired += 1;
    Prim.debugPrint("system timer " # debug_show fired);
    if (fired < 3) setGlobalTimer(Prim.time() + 2_000_000_000);
  };

  public func wait() : async (Nat, Nat) {
    let before = beats;
    while (fired < 3) { ignore await management.raw_rand() };
    (fired, beats - before)
  };
};
