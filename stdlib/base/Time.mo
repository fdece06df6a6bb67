// Time: the system time.
import Prim "mo:⛔";

module {
  // Nanoseconds since 1970-01-01 00:00 UTC.
  public type Time = Int;

  // The current time: the same throughout one execution of a message, later
  // in each one. Outside a canister (`mori run`) it traps, as moc's does.
  public let now : () -> Time = func() : Int = Prim.nat64ToNat(Prim.time());
}
