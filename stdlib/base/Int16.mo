// Int16: 16-bit two's complement integers; arithmetic traps on overflow, fromIntWrap wraps.
import Prim "mo:⛔";
import Int "Int";

module {
  public type Int16 = Prim.Types.Int16;

  public let minimumValue : Int16 = -32_768;

  public let maximumValue : Int16 = 32_767;

  public let toInt : Int16 -> Int = Prim.int16ToInt;

  // Traps when the argument lies outside minimumValue..maximumValue.
  public let fromInt : Int -> Int16 = Prim.intToInt16;

  // Keeps the low 16 bits of the argument, read as two's complement.
  public let fromIntWrap : Int -> Int16 = Prim.intToInt16Wrap;

  public let fromInt8 : Int8 -> Int16 = Prim.int8ToInt16;

  // Traps with `losing precision` when the value does not fit.
  public let toInt8 : Int16 -> Int8 = Prim.int16ToInt8;

  // Traps with `losing precision` when the value does not fit.
  public let fromInt32 : Int32 -> Int16 = Prim.int32ToInt16;

  public let toInt32 : Int16 -> Int32 = Prim.int16ToInt32;

  // Reinterprets the two's complement bits; never traps.
  public let fromNat16 : Nat16 -> Int16 = Prim.nat16ToInt16;

  // Reinterprets the two's complement bits; never traps.
  public let toNat16 : Int16 -> Nat16 = Prim.int16ToNat16;

  // Decimal, with `-` for negatives and no `+`.
  public func toText(x : Int16) : Text {
    Int.toText(toInt(x))
  };

  // Traps ("losing precision") on minimumValue, whose magnitude does not fit.
  public func abs(x : Int16) : Int16 {
    fromInt(Int.abs(toInt(x)))
  };

  public func min(x : Int16, y : Int16) : Int16 {
    if (x < y) { x } else { y }
  };

  public func max(x : Int16, y : Int16) : Int16 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Int16, y : Int16) : Bool { x == y };

  public func compare(x : Int16, y : Int16) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  // The bit functions use bit `p mod 16`; like motoko-base they convert `p` to Int16
  // first, so they trap (`losing precision`) when `p` >= 2^15.
  public func bittest(x : Int16, p : Nat) : Bool {
    ((x >> Prim.intToInt16(p)) & 1) == 1
  };

  public func bitset(x : Int16, p : Nat) : Int16 {
    x | (1 << Prim.intToInt16(p))
  };

  public func bitclear(x : Int16, p : Nat) : Int16 {
    x & ^(1 << Prim.intToInt16(p))
  };

  public func bitflip(x : Int16, p : Nat) : Int16 {
    x ^ (1 << Prim.intToInt16(p))
  };

  public let bitcountNonZero : (x : Int16) -> Int16 = Prim.popcntInt16;

  public let bitcountLeadingZero : (x : Int16) -> Int16 = Prim.clzInt16;

  public let bitcountTrailingZero : (x : Int16) -> Int16 = Prim.ctzInt16;
}
