// Nat8: naturals modulo 2^8; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat8 = Prim.Types.Nat8;

  public let maximumValue : Nat8 = 255;

  public let toNat : Nat8 -> Nat = Prim.nat8ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat8 = Prim.natToNat8;

  // Keeps the low 8 bits of the argument (two's complement for negatives).
  public let fromIntWrap : Int -> Nat8 = Prim.intToNat8Wrap;

  public func toText(x : Nat8) : Text {
    Nat.toText(toNat(x))
  };

  public func min(x : Nat8, y : Nat8) : Nat8 {
    if (x < y) { x } else { y }
  };

  public func max(x : Nat8, y : Nat8) : Nat8 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Nat8, y : Nat8) : Bool { x == y };

  public func compare(x : Nat8, y : Nat8) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };
}
