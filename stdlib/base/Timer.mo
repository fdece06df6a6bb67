// Timer: jobs a canister runs later, once or repeatedly.
import Prim "mo:⛔";

module {
  public type Duration = { #seconds : Nat; #nanoseconds : Nat };
  public type TimerId = Nat;

  // The duration in nanoseconds; traps past 2^64 - 1.
  func nanoseconds(d : Duration) : Nat64 {
    Prim.natToNat64(
      switch d {
        case (#seconds s) s * 1_000_000_000;
        case (#nanoseconds n) n;
      }
    )
  };

  // Runs `job` once, as a message of its own, when `d` has passed.
  public func setTimer<system>(d : Duration, job : () -> async ()) : TimerId {
    Prim.setTimer<system>(nanoseconds d, false, job)
  };

  // Runs `job` every `d`, the first time when `d` has passed.
  public func recurringTimer<system>(d : Duration, job : () -> async ()) : TimerId {
    Prim.setTimer<system>(nanoseconds d, true, job)
  };

  // Stops a timer; nothing happens for one that has run or was cancelled.
  public let cancelTimer : TimerId -> () = Prim.cancelTimer;
}
