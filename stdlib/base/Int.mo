// Int: signed integers of any size.
import Prim "mo:⛔";
import Prelude "Prelude";
import Hash "Hash";

module {
  public type Int = Prim.Types.Int;

  // The magnitude of `x`, as a Nat.
  public func abs(x : Int) : Nat {
    Prim.abs(x)
  };

  // Decimal digits with a leading `-` for negatives: no `+`, no `_` separators.
  public func toText(x : Int) : Text {
    var rest : Nat = Prim.abs(x);
    if (rest == 0) {
      return "0";
    };
    var digits = "";
    while (rest > 0) {
      digits := digitText(rest % 10) # digits;
      rest := rest / 10;
    };
    if (x < 0) { "-" # digits } else { digits }
  };

  func digitText(d : Nat) : Text {
    switch d {
      case 0 { "0" };
      case 1 { "1" };
      case 2 { "2" };
      case 3 { "3" };
      case 4 { "4" };
      case 5 { "5" };
      case 6 { "6" };
      case 7 { "7" };
      case 8 { "8" };
      case _ { "9" };
    }
  };

  public func min(x : Int, y : Int) : Int {
    if (x < y) { x } else { y }
  };

  public func max(x : Int, y : Int) : Int {
    if (x < y) { y } else { x }
  };

  public func equal(x : Int, y : Int) : Bool { x == y };

  public func notEqual(x : Int, y : Int) : Bool { x != y };

  public func less(x : Int, y : Int) : Bool { x < y };

  public func lessOrEqual(x : Int, y : Int) : Bool { x <= y };

  public func greater(x : Int, y : Int) : Bool { x > y };

  public func greaterOrEqual(x : Int, y : Int) : Bool { x >= y };

  public func compare(x : Int, y : Int) : { #less; #equal; #greater } {
    if (x < y) { #less } else if (x == y) { #equal } else { #greater }
  };

  public func neg(x : Int) : Int { -x };

  public func add(x : Int, y : Int) : Int { x + y };

  public func sub(x : Int, y : Int) : Int { x - y };

  public func mul(x : Int, y : Int) : Int { x * y };

  // Rounds towards zero; traps when `y` is 0.
  public func div(x : Int, y : Int) : Int { x / y };

  // Takes the sign of `x`; traps when `y` is 0.
  public func rem(x : Int, y : Int) : Int { x % y };

  public func pow(x : Int, y : Int) : Int { x ** y };
}
