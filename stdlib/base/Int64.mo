// Int64: 64-bit two's complement integers; arithmetic traps on overflow, fromIntWrap wraps.
import Prim "mo:⛔";
import Int "Int";

module {
  public type Int64 = Prim.Types.Int64;

  public let minimumValue : Int64 = -9_223_372_036_854_775_808;

  public let maximumValue : Int64 = 9_223_372_036_854_775_807;

  public let toInt : Int64 -> Int = Prim.int64ToInt;

  // Traps when the argument lies outside minimumValue..maximumValue.
  public let fromInt : Int -> Int64 = Prim.intToInt64;

  public let fromInt32 : Int32 -> Int64 = Prim.int32ToInt64;

  // Traps with `losing precision` when the value does not fit.
  public let toInt32 : Int64 -> Int32 = Prim.int64ToInt32;

  // Keeps the low 64 bits of the argument, read as two's complement.
  public let fromIntWrap : Int -> Int64 = Prim.intToInt64Wrap;

  // Reinterprets the two's complement bits; never traps.
  public let fromNat64 : Nat64 -> Int64 = Prim.nat64ToInt64;

  // Reinterprets the two's complement bits; never traps.
  public let toNat64 : Int64 -> Nat64 = Prim.int64ToNat64;

  // Decimal, with `-` for negatives and no `+`.
  public func toText(x : Int64) : Text {
    Int.toText(toInt(x))
  };

  // Traps ("losing precision") on minimumValue, whose magnitude does not fit.
  public func abs(x : Int64) : Int64 {
    fromInt(Int.abs(toInt(x)))
  };

  public func min(x : Int64, y : Int64) : Int64 {
    if (x < y) { x } else { y }
  };

  public func max(x : Int64, y : Int64) : Int64 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Int64, y : Int64) : Bool { x == y };

  public func compare(x : Int64, y : Int64) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  // The bit functions use bit `p mod 64`; like motoko-base they convert `p` to Int64
  // first, so they trap (`losing precision`) when `p` >= 2^63.
  public func bittest(x : Int64, p : Nat) : Bool {
    ((x >> Prim.intToInt64(p)) & 1) == 1
  };

  public func bitset(x : Int64, p : Nat) : Int64 {
    x | (1 << Prim.intToInt64(p))
  };

  public func bitclear(x : Int64, p : Nat) : Int64 {
    x & ^(1 << Prim.intToInt64(p))
  };

  public func bitflip(x : Int64, p : Nat) : Int64 {
    x ^ (1 << Prim.intToInt64(p))
  };

  public let bitcountNonZero : (x : Int64) -> Int64 = Prim.popcntInt64;

  public let bitcountLeadingZero : (x : Int64) -> Int64 = Prim.clzInt64;

  public let bitcountTrailingZero : (x : Int64) -> Int64 = Prim.ctzInt64;
}
