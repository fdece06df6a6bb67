// Timer (motoko-core): jobs a canister runs later, once or repeatedly.
import Prim "mo:⛔";
import Time "Time";

module {
  public type TimerId = Nat;

  // Runs `job` once, as a message of its own, when `duration` has passed.
  public func setTimer<system>(duration : Time.Duration, job : () -> async ()) : TimerId {
    Prim.setTimer<system>(Prim.natToNat64(Time.toNanoseconds duration), false, job)
  };

  // Runs `job` every `duration`, the first time when `duration` has passed.
  public func recurringTimer<system>(duration : Time.Duration, job : () -> async ()) : TimerId {
    Prim.setTimer<system>(Prim.natToNat64(Time.toNanoseconds duration), true, job)
  };

  // Stops a timer; nothing happens for one that has run or was cancelled.
  public let cancelTimer : TimerId -> () = Prim.cancelTimer;
}
