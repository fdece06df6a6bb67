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
}
