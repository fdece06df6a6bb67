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
}
