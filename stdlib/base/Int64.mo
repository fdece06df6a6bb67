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

  // Keeps the low 64 bits of the argument, read as two's complement.
  public let fromIntWrap : Int -> Int64 = Prim.intToInt64Wrap;

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
}
