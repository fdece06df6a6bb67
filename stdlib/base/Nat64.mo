// Nat64: naturals modulo 2^64; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat64 = Prim.Types.Nat64;

  public let maximumValue : Nat64 = 18_446_744_073_709_551_615;

  public let toNat : Nat64 -> Nat = Prim.nat64ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat64 = Prim.natToNat64;

  // Keeps the low 64 bits of the argument (two's complement for negatives).
  public let fromIntWrap : Int -> Nat64 = Prim.intToNat64Wrap;

  public func toText(x : Nat64) : Text {
    Nat.toText(toNat(x))
  };

  public func min(x : Nat64, y : Nat64) : Nat64 {
    if (x < y) { x } else { y }
  };

  public func max(x : Nat64, y : Nat64) : Nat64 {
    if (x < y) { y } else { x }
  };

  public func equal(x : Nat64, y : Nat64) : Bool { x == y };

  public func compare(x : Nat64, y : Nat64) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };
}
