// Char: Unicode scalar values.
import Prim "mo:⛔";

module {
  public type Char = Prim.Types.Char;

  // The code point of `c`.
  public let toNat32 : (c : Char) -> Nat32 = Prim.charToNat32;

  // Traps when `w` is a surrogate (0xD800..0xDFFF) or above 0x10FFFF.
  public let fromNat32 : (w : Nat32) -> Char = Prim.nat32ToChar;

  public let toText : (c : Char) -> Text = Prim.charToText;

  // Only the ASCII digits '0'..'9'.
  public func isDigit(c : Char) : Bool {
    c >= '0' and c <= '9'
  };

  // Unicode's White_Space property, not only ASCII.
  public let isWhitespace : (c : Char) -> Bool = Prim.charIsWhitespace;

  // Unicode's Lowercase property, not only ASCII.
  public let isLowercase : (c : Char) -> Bool = Prim.charIsLowercase;

  // Unicode's Uppercase property, not only ASCII.
  public let isUppercase : (c : Char) -> Bool = Prim.charIsUppercase;

  // Unicode's Alphabetic property, not only ASCII.
  public let isAlphabetic : (c : Char) -> Bool = Prim.charIsAlphabetic;

  public func equal(x : Char, y : Char) : Bool { x == y };

  public func compare(x : Char, y : Char) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };
}
