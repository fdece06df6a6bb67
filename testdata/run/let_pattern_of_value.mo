// A let's pattern matches the value's own type: a record pattern takes
// fields of a module, an annotation around the whole pattern types the
// value, and patterns against None check.
import Prim "mo:⛔";
module M { public let x = 1; public func twice(n : Nat) : Nat = 2 * n };
let { x; twice } = M;
let {} = M;
let ((p, q) : (Nat8, Int)) = (1, -1);
func never() : None = Prim.trap("never");
func classify(b : Bool) : Text {
  if b return "fine";
  switch (never()) { case 1 "one"; case (-1, #a) "pair"; case { y = 2 } "record"; case _ "other" };
};
Prim.debugPrint(debug_show (x, twice 4, p, q, classify true));
