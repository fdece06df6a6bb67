// Hash: 32-bit hash values (deprecated in motoko-base, kept for the programs and
// modules that still use it).
import Prim "mo:⛔";
import Iter "Iter";

module {
  public type Hash = Nat32;

  // The number of bits `bit` may look at beyond bit 0, as motoko-base defines it.
  public let length : Nat = 31;

  // Whether bit `pos` of `h` is set; an assertion failure when `pos` > length.
  public func bit(h : Hash, pos : Nat) : Bool {
    assert (pos <= length);
    (h >> Prim.natToNat32(pos)) & 1 == 1
  };

  public func equal(ha : Hash, hb : Hash) : Bool {
    ha == hb
  };

  // hashNat8 of the four bytes of `n`'s low 32 bits, each left in its place (not shifted down).
  public func hash(n : Nat) : Hash {
    let word = Prim.intToNat32Wrap(n);
    hashNat8([word & 0xFF, word & 0xFF00, word & 0xFF_0000, word & 0xFF00_0000])
  };

  // Bits 0 to length - 1, one line each.
  public func debugPrintBits(bits : Hash) {
    for (j in Iter.range(0, length - 1)) {
      Prim.debugPrint(if (bit(bits, j)) { "1" } else { "0" });
    };
  };

  // Bits length - 1 down to 0, one line each.
  public func debugPrintBitsRev(bits : Hash) {
    for (j in Iter.revRange(length - 1, 0)) {
      Prim.debugPrint(if (bit(bits, Prim.abs(j))) { "1" } else { "0" });
    };
  };

  // Jenkins' one-at-a-time hash over the words of `key`, in wrapping 32-bit arithmetic.
  public func hashNat8(key : [Hash]) : Hash {
    var h : Nat32 = 0;
    for (word in key.vals()) {
      h := h +% word;
      h := h +% (h << 10);
      h := h ^ (h >> 6);
    };
    h := h +% (h << 3);
    h := h ^ (h >> 11);
    h +% (h << 15)
  };
}
