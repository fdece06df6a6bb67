// Time (motoko-core): the system time and durations.
import Prim "mo:⛔";

module {
  // Nanoseconds since 1970-01-01 00:00 UTC.
  public type Time = Int;

  public type Duration = {
    #days : Nat;
    #hours : Nat;
    #minutes : Nat;
    #seconds : Nat;
    #milliseconds : Nat;
    #nanoseconds : Nat
  };

  public type TimerId = Nat;

  // The current time: the same throughout one execution of a message, later
  // in each one. Outside a canister (`mori run`) it traps, as moc's does.
  public func now() : Time = Prim.nat64ToNat(Prim.time());

  public func toNanoseconds(duration : Duration) : Nat {
    switch duration {
      case (#days n) n * 86_400_000_000_000;
      case (#hours n) n * 3_600_000_000_000;
      case (#minutes n) n * 60_000_000_000;
      case (#seconds n) n * 1_000_000_000;
      case (#milliseconds n) n * 1_000_000;
      case (#nanoseconds n) n
    }
  };
}
