// Nat: natural numbers of any size.
import Prim "mo:⛔";
import Int "Int";
import Order "Order";
import Char "Char";

module {
  public type Nat = Prim.Types.Nat;

  // Decimal digits without `_` separators.
  public func toText(n : Nat) : Text {
    Int.toText(n)
  };

  // Reads a non-empty string of ASCII digits; anything else (signs, `_`, spaces) gives null.
  public func fromText(text : Text) : ?Nat {
    if (text == "") {
      return null;
    };
    var n = 0;
    for (c in text.chars()) {
      switch (digitValue(c)) {
        case (?d) { n := n * 10 + d };
        case null { return null };
      };
    };
    ?n
  };

  func digitValue(c : Char) : ?Nat {
    switch c {
      case '0' { ?0 };
      case '1' { ?1 };
      case '2' { ?2 };
      case '3' { ?3 };
      case '4' { ?4 };
      case '5' { ?5 };
      case '6' { ?6 };
      case '7' { ?7 };
      case '8' { ?8 };
      case '9' { ?9 };
      case _ { null };
    }
  };

  public func min(x : Nat, y : Nat) : Nat {
    if (x < y) { x } else { y }
  };

  public func max(x : Nat, y : Nat) : Nat {
    if (x < y) { y } else { x }
  };

  public func equal(x : Nat, y : Nat) : Bool { x == y };

  public func notEqual(x : Nat, y : Nat) : Bool { x != y };

  public func less(x : Nat, y : Nat) : Bool { x < y };

  public func lessOrEqual(x : Nat, y : Nat) : Bool { x <= y };

  public func greater(x : Nat, y : Nat) : Bool { x > y };

  public func greaterOrEqual(x : Nat, y : Nat) : Bool { x >= y };

  public func compare(x : Nat, y : Nat) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  public func add(x : Nat, y : Nat) : Nat { x + y };

  // Traps when `y > x`.
  public func sub(x : Nat, y : Nat) : Nat { x - y };

  public func mul(x : Nat, y : Nat) : Nat { x * y };

  // Rounds down; traps when `y` is 0.
  public func div(x : Nat, y : Nat) : Nat { x / y };

  // Traps when `y` is 0.
  public func rem(x : Nat, y : Nat) : Nat { x % y };

  public func pow(x : Nat, y : Nat) : Nat { x ** y };
}
