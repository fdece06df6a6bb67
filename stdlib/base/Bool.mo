// Bool: named forms of the boolean operators, for passing as values.
import Prim "mo:⛔";

module {
  public type Bool = Prim.Types.Bool;

  public func toText(x : Bool) : Text {
    if (x) { "true" } else { "false" }
  };

  // Both operands arrive evaluated: unlike `and`/`or`, these never short-circuit.
  public func logand(x : Bool, y : Bool) : Bool { x and y };

  public func logor(x : Bool, y : Bool) : Bool { x or y };

  public func logxor(x : Bool, y : Bool) : Bool { x != y };

  public func lognot(x : Bool) : Bool { not x };

  public func equal(x : Bool, y : Bool) : Bool { x == y };

  public func notEqual(x : Bool, y : Bool) : Bool { x != y };

  // false sorts before true.
  public func compare(x : Bool, y : Bool) : { #less; #equal; #greater } {
    if (x == y) { #equal } else if (y) { #less } else { #greater }
  };
}
