// Int8: 8-bit two's complement integers; arithmetic traps on overflow, fromIntWrap wraps.
import Prim "mo:⛔";
import Int "Int";

module {
  public type Int8 = Prim.Types.Int8;

  public let minimumValue : Int8 = -128;

  public let maximumValue : Int8 = 127;

  public let toInt : Int8 -> Int = Prim.int8ToInt;

  // Traps when the argument lies outside minimumValue..maximumValue.
  public let fromInt : Int -> Int8 = Prim.intToInt8;

  // Keeps the low 8 bits of the argument, read as two's complement.
  public let fromIntWrap : Int -> Int8 = Prim.intToInt8Wrap;

  // Traps with `losing precision` when the value does not fit.
  public let fromInt16 : Int16 -> Int8 = Prim.int16ToInt8;

  public let toInt16 : Int8 -> Int16 = Prim.int8ToInt16;

  // Reinterprets the two's complement bits; never traps.
  public let fromNat8 : Nat8 -> Int8 = Prim.nat8ToInt8;

  // Reinterprets the two's complement bits; never traps.
  public let toNat8 : Int8 -> Nat8 = Prim.int8ToNat8;

  // Decimal, with `-` for negatives and no `+`.
  public func toText(x : Int8) : Text {
    Int.toText(toInt(x))
  };

  // Traps ("losing precision") on minimumValue, whose magnitude does not fit.
  public func abs(x : Int8) : Int8 {
    fromInt(Int.abs(toInt(x)))
  };

  public func min(x : Int8, y : Int8) : Int8 {
    if (x < y) { x } else { y }
  };

  public func max(x : Int8, y : Int8) : Int8 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Int8, y : Int8) : Bool { x == y };

  public func compare(x : Int8, y : Int8) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  // The bit functions use bit `p mod 8`; like motoko-base they convert `p` to Int8
  // first, so they trap (`losing precision`) when `p` >= 2^7.
  public func bittest(x : Int8, p : Nat) : Bool {
    ((x >> Prim.intToInt8(p)) & 1) == 1
  };

  public func bitset(x : Int8, p : Nat) : Int8 {
    x | (1 << Prim.intToInt8(p))
  };

  public func bitclear(x : Int8, p : Nat) : Int8 {
    x & ^(1 << Prim.intToInt8(p))
  };

  public func bitflip(x : Int8, p : Nat) : Int8 {
    x ^ (1 << Prim.intToInt8(p))
  };

  public let bitcountNonZero : (x : Int8) -> Int8 = Prim.popcntInt8;

  public let bitcountLeadingZero : (x : Int8) -> Int8 = Prim.clzInt8;

  public let bitcountTrailingZero : (x : Int8) -> Int8 = Prim.ctzInt8;
}
