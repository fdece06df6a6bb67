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
}
