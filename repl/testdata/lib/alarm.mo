// An actor that sets an alarm and waits for it (timers.in).
import Time "mo:base/Time";
import Timer "mo:base/Timer";
import Debug "mo:base/Debug";

actor {
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var rang = false;

  // Seconds until the alarm rang, by the canister's simulated clock.
  public func wait(seconds : Nat) : async Int {
    let start = Time.now();
    rang := false;
    ignore Timer.setTimer<system>(#seconds seconds, func() : async () { Debug.print("ring"); rang := true });
    while (not rang) { ignore await management.raw_rand() };
    (Time.now() - start) / 1_000_000_000
  };
};
