// Int32: 32-bit two's complement integers; arithmetic traps on overflow, fromIntWrap wraps.
import Prim "mo:⛔";
import Int "Int";

module {
  public type Int32 = Prim.Types.Int32;

  public let minimumValue : Int32 = -2_147_483_648;

  public let maximumValue : Int32 = 2_147_483_647;

  public let toInt : Int32 -> Int = Prim.int32ToInt;

  // Traps when the argument lies outside minimumValue..maximumValue.
  public let fromInt : Int -> Int32 = Prim.intToInt32;

  // Keeps the low 32 bits of the argument, read as two's complement.
  public let fromIntWrap : Int -> Int32 = Prim.intToInt32Wrap;

  public let fromInt16 : Int16 -> Int32 = Prim.int16ToInt32;

  // Traps with `losing precision` when the value does not fit.
  public let toInt16 : Int32 -> Int16 = Prim.int32ToInt16;

  // Traps with `losing precision` when the value does not fit.
  public let fromInt64 : Int64 -> Int32 = Prim.int64ToInt32;

  public let toInt64 : Int32 -> Int64 = Prim.int32ToInt64;

  // Reinterprets the two's complement bits; never traps.
  public let fromNat32 : Nat32 -> Int32 = Prim.nat32ToInt32;

  // Reinterprets the two's complement bits; never traps.
  public let toNat32 : Int32 -> Nat32 = Prim.int32ToNat32;

  // Decimal, with `-` for negatives and no `+`.
  public func toText(x : Int32) : Text {
    Int.toText(toInt(x))
  };

  // Traps ("losing precision") on minimumValue, whose magnitude does not fit.
  public func abs(x : Int32) : Int32 {
    fromInt(Int.abs(toInt(x)))
  };

  public func min(x : Int32, y : Int32) : Int32 {
    if (x < y) { x } else { y }
  };

  public func max(x : Int32, y : Int32) : Int32 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Int32, y : Int32) : Bool { x == y };

  public func compare(x : Int32, y : Int32) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  // The bit functions use bit `p mod 32`; like motoko-base they convert `p` to Int32
  // first, so they trap (`losing precision`) when `p` >= 2^31.
  public func bittest(x : Int32, p : Nat) : Bool {
    ((x >> Prim.intToInt32(p)) & 1) == 1
  };

  public func bitset(x : Int32, p : Nat) : Int32 {
    x | (1 << Prim.intToInt32(p))
  };

  public func bitclear(x : Int32, p : Nat) : Int32 {
    x & ^(1 << Prim.intToInt32(p))
  };

  public func bitflip(x : Int32, p : Nat) : Int32 {
    x ^ (1 << Prim.intToInt32(p))
  };

  public let bitcountNonZero : (x : Int32) -> Int32 = Prim.popcntInt32;

  public let bitcountLeadingZero : (x : Int32) -> Int32 = Prim.clzInt32;

  public let bitcountTrailingZero : (x : Int32) -> Int32 = Prim.ctzInt32;
}
