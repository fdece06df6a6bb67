// Nat64: naturals modulo 2^64; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat64 = Prim.Types.Nat64;

  public let maximumValue : Nat64 = 18_446_744_073_709_551_615;

  public let toNat : Nat64 -> Nat = Prim.nat64ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat64 = Prim.natToNat64;

  public let fromNat32 : Nat32 -> Nat64 = Prim.nat32ToNat64;

  // Traps with `losing precision` when the value does not fit.
  public let toNat32 : Nat64 -> Nat32 = Prim.nat64ToNat32;

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

  // The bit functions use bit `p mod 64`; like motoko-base they convert `p` to Nat64
  // first, so they trap (`losing precision`) when `p` >= 2^64.
  public func bittest(x : Nat64, p : Nat) : Bool {
    ((x >> Prim.natToNat64(p)) & 1) == 1
  };

  public func bitset(x : Nat64, p : Nat) : Nat64 {
    x | (1 << Prim.natToNat64(p))
  };

  public func bitclear(x : Nat64, p : Nat) : Nat64 {
    x & ^(1 << Prim.natToNat64(p))
  };

  public func bitflip(x : Nat64, p : Nat) : Nat64 {
    x ^ (1 << Prim.natToNat64(p))
  };

  public let bitcountNonZero : (x : Nat64) -> Nat64 = Prim.popcntNat64;

  public let bitcountLeadingZero : (x : Nat64) -> Nat64 = Prim.clzNat64;

  public let bitcountTrailingZero : (x : Nat64) -> Nat64 = Prim.ctzNat64;
}
