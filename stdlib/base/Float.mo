// Float: IEEE 754 double precision numbers.
import Prim "mo:⛔";
import Int "Int";

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

  // `#fix p`: p decimals; `#exp p`: p decimals and an exponent (`1.230e2`);
  // `#gen p` is formatted like `#fix p`, and `#exact` like `#gen 17`, as moc's runtime does.
  public func format(fmt : { #fix : Nat8; #exp : Nat8; #gen : Nat8; #exact }, x : Float) : Text {
    let (precision, mode) : (Nat8, Nat8) = switch fmt {
      case (#fix(p)) { (p, 0) };
      case (#exp(p)) { (p, 1) };
      case (#gen(p)) { (p, 2) };
      case (#exact) { (17, 2) };
    };
    Prim.floatToFormattedText(x, precision, mode)
  };

  // Fixed notation with six decimals, like debug_show: `3.141593`, `inf`, `NaN`.
  public let toText : Float -> Text = Prim.floatToText;

  // Truncates towards zero; traps when the result does not fit, and on NaN and infinities.
  public let toInt64 : Float -> Int64 = Prim.floatToInt64;

  // Rounds to the nearest representable double.
  public let fromInt64 : Int64 -> Float = Prim.int64ToFloat;

  // Truncates towards zero; traps on NaN and infinities.
  public let toInt : Float -> Int = Prim.floatToInt;

  // Rounds to the nearest representable double.
  public let fromInt : Int -> Float = Prim.intToFloat;

  public func equal(x : Float, y : Float) : Bool { x == y };

  public func less(x : Float, y : Float) : Bool { x < y };

  public func neg(x : Float) : Float { -x };
}
