// timers_v1.mo's successor: the timers v1 set are gone (ids start again
// at 1, and v1's timer for a minute later never runs).
import Prim "mo:⛔";

actor {
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var done = false;

  // Waits 61 seconds, past the minute of v1's timer.
  public func wait() : async () {
    let id = Prim.setTimer<system>(61_000_000_000, false, func() : async () { done := true });
    while (not done) { ignore await management.raw_rand() };
    Prim.debugPrint("timer " # debug_show id # " ran 61 seconds later");
  };
};
