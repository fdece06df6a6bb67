// Nat16: naturals modulo 2^16; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat16 = Prim.Types.Nat16;

  public let maximumValue : Nat16 = 65_535;

  public let toNat : Nat16 -> Nat = Prim.nat16ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat16 = Prim.natToNat16;

  // Keeps the low 16 bits of the argument (two's complement for negatives).
  public let fromIntWrap : Int -> Nat16 = Prim.intToNat16Wrap;

  public func toText(x : Nat16) : Text {
    Nat.toText(toNat(x))
  };

  public func min(x : Nat16, y : Nat16) : Nat16 {
    if (x < y) { x } else { y }
  };

  public func max(x : Nat16, y : Nat16) : Nat16 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Nat16, y : Nat16) : Bool { x == y };

  public func compare(x : Nat16, y : Nat16) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };
}
