// Nat16: naturals modulo 2^16; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat16 = Prim.Types.Nat16;

  public let maximumValue : Nat16 = 65_535;

  public let toNat : Nat16 -> Nat = Prim.nat16ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat16 = Prim.natToNat16;

  public let fromNat8 : Nat8 -> Nat16 = Prim.nat8ToNat16;

  // Traps with `losing precision` when the value does not fit.
  public let toNat8 : Nat16 -> Nat8 = Prim.nat16ToNat8;

  // Traps with `losing precision` when the value does not fit.
  public let fromNat32 : Nat32 -> Nat16 = Prim.nat32ToNat16;

  public let toNat32 : Nat16 -> Nat32 = Prim.nat16ToNat32;

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

  // The bit functions use bit `p mod 16`; like motoko-base they convert `p` to Nat16
  // first, so they trap (`losing precision`) when `p` >= 2^16.
  public func bittest(x : Nat16, p : Nat) : Bool {
    ((x >> Prim.natToNat16(p)) & 1) == 1
  };

  public func bitset(x : Nat16, p : Nat) : Nat16 {
    x | (1 << Prim.natToNat16(p))
  };

  public func bitclear(x : Nat16, p : Nat) : Nat16 {
    x & ^(1 << Prim.natToNat16(p))
  };

  public func bitflip(x : Nat16, p : Nat) : Nat16 {
    x ^ (1 << Prim.natToNat16(p))
  };

  public let bitcountNonZero : (x : Nat16) -> Nat16 = Prim.popcntNat16;

  public let bitcountLeadingZero : (x : Nat16) -> Nat16 = Prim.clzNat16;

  public let bitcountTrailingZero : (x : Nat16) -> Nat16 = Prim.ctzNat16;
}
