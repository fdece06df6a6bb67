// Float: IEEE 754 double precision numbers.
import Prim "mo:⛔";

module {
  public type Float = Prim.Types.Float;

  // Both constants are the nearest doubles to the mathematical values.
  public let pi : Float = 3.141592653589793;

  public let e : Float = 2.718281828459045;

  public let abs : (x : Float) -> Float = Prim.floatAbs;

  // NaN for negative arguments.
  public let sqrt : (x : Float) -> Float = Prim.floatSqrt;

  public let ceil : (x : Float) -> Float = Prim.floatCeil;

  public let floor : (x : Float) -> Float = Prim.floatFloor;

  // Fixed notation with six decimals, like debug_show: `3.141593`, `inf`, `NaN`.
  public let toText : Float -> Text = Prim.floatToText;

  // Truncates towards zero; traps on NaN and infinities.
  public let toInt : Float -> Int = Prim.floatToInt;

  // Rounds to the nearest representable double.
  public let fromInt : Int -> Float = Prim.intToFloat;

  public func equal(x : Float, y : Float) : Bool { x == y };

  public func less(x : Float, y : Float) : Bool { x < y };

  public func neg(x : Float) : Float { -x };
}
