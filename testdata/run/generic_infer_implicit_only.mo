import Prim "mo:⛔";
// A type parameter that only an implicit argument left out mentions takes
// its default choice; the implicit argument is then found in scope.
module Num {
  public func equal(a : Nat, b : Nat) : Bool = a == b;
};
func ready<K>(equal : (implicit : (K, K) -> Bool)) : Text = "ready";
func has<K>(xs : [K], k : K, equal : (implicit : (K, K) -> Bool)) : Bool {
  for (x in xs.vals()) { if (equal(x, k)) return true };
  false
};
Prim.debugPrint(ready());
Prim.debugPrint(debug_show (has([1, 2], 2), has([3], 4)));
