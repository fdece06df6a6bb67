// Nat8: naturals modulo 2^8; arithmetic traps on overflow, the *Wrap conversions wrap.
import Prim "mo:⛔";
import Nat "Nat";

module {
  public type Nat8 = Prim.Types.Nat8;

  public let maximumValue : Nat8 = 255;

  public let toNat : Nat8 -> Nat = Prim.nat8ToNat;

  // Traps when the argument exceeds maximumValue.
  public let fromNat : Nat -> Nat8 = Prim.natToNat8;

  // Traps with `losing precision` when the value does not fit.
  public let fromNat16 : Nat16 -> Nat8 = Prim.nat16ToNat8;

  public let toNat16 : Nat8 -> Nat16 = Prim.nat8ToNat16;

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

  // The bit functions use bit `p mod 8`; like motoko-base they convert `p` to Nat8
  // first, so they trap (`losing precision`) when `p` >= 2^8.
  public func bittest(x : Nat8, p : Nat) : Bool {
    ((x >> Prim.natToNat8(p)) & 1) == 1
  };

  public func bitset(x : Nat8, p : Nat) : Nat8 {
    x | (1 << Prim.natToNat8(p))
  };

  public func bitclear(x : Nat8, p : Nat) : Nat8 {
    x & ^(1 << Prim.natToNat8(p))
  };

  public func bitflip(x : Nat8, p : Nat) : Nat8 {
    x ^ (1 << Prim.natToNat8(p))
  };

  public let bitcountNonZero : (x : Nat8) -> Nat8 = Prim.popcntNat8;

  public let bitcountLeadingZero : (x : Nat8) -> Nat8 = Prim.clzNat8;

  public let bitcountTrailingZero : (x : Nat8) -> Nat8 = Prim.ctzNat8;
}
