// timers_v2.mo's successor with a `system func timer` of its own.
import Prim "mo:⛔";

actor {
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var fired = 0;

  system func timer(setGlobalTimer : Nat64 -> ()) : async () {
    fired += 1;
    Prim.debugPrint("system timer " # debug_show fired);
    if (fired < 3) setGlobalTimer(Prim.time() + 2_000_000_000);
  };

  public func wait() : async Nat {
    while (fired < 3) { ignore await management.raw_rand() };
    fired
  };
};
