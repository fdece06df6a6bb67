// Nat32: naturals modulo 2^32; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat32 = Prim.Types.Nat32;

  public let maximumValue : Nat32 = 4_294_967_295;

  public let toNat : Nat32 -> Nat = Prim.nat32ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat32 = Prim.natToNat32;

  // Keeps the low 32 bits of the argument (two's complement for negatives).
  public let fromIntWrap : Int -> Nat32 = Prim.intToNat32Wrap;

  public func toText(x : Nat32) : Text {
    Nat.toText(toNat(x))
  };

  public func min(x : Nat32, y : Nat32) : Nat32 {
    if (x < y) { x } else { y }
  };

  public func max(x : Nat32, y : Nat32) : Nat32 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Nat32, y : Nat32) : Bool { x == y };

  public func compare(x : Nat32, y : Nat32) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };
}
