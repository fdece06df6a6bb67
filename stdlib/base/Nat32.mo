// Nat32: naturals modulo 2^32; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat32 = Prim.Types.Nat32;

  public let maximumValue : Nat32 = 4_294_967_295;

  public let toNat : Nat32 -> Nat = Prim.nat32ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat32 = Prim.natToNat32;

  public let fromNat16 : Nat16 -> Nat32 = Prim.nat16ToNat32;

  // Traps with `losing precision` when the value does not fit.
  public let toNat16 : Nat32 -> Nat16 = Prim.nat32ToNat16;

  // Traps with `losing precision` when the value does not fit.
  public let fromNat64 : Nat64 -> Nat32 = Prim.nat64ToNat32;

  public let toNat64 : Nat32 -> Nat64 = Prim.nat32ToNat64;

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

  // The bit functions use bit `p mod 32`; like motoko-base they convert `p` to Nat32
  // first, so they trap (`losing precision`) when `p` >= 2^32.
  public func bittest(x : Nat32, p : Nat) : Bool {
    ((x >> Prim.natToNat32(p)) & 1) == 1
  };

  public func bitset(x : Nat32, p : Nat) : Nat32 {
    x | (1 << Prim.natToNat32(p))
  };

  public func bitclear(x : Nat32, p : Nat) : Nat32 {
    x & ^(1 << Prim.natToNat32(p))
  };

  public func bitflip(x : Nat32, p : Nat) : Nat32 {
    x ^ (1 << Prim.natToNat32(p))
  };

  public let bitcountNonZero : (x : Nat32) -> Nat32 = Prim.popcntNat32;

  public let bitcountLeadingZero : (x : Nat32) -> Nat32 = Prim.clzNat32;

  public let bitcountTrailingZero : (x : Nat32) -> Nat32 = Prim.ctzNat32;
}
