// A class's methods may use a module declared further down the same
// block, as OrderedMap.mo and OrderedSet.mo do.
import Debug "mo:base/Debug";

class Counter(start : Nat) {
  var n = start;
  public func reset() { n := Helpers.double(start) };
  public func next() : Nat { n := Helpers.inc(n); n };
};

func twice() : Nat = Helpers.double(Helpers.inc(1));

module Helpers {
  public func double(x : Nat) : Nat = 2 * x;
  public func inc(x : Nat) : Nat = x + 1;
  public type Count = Nat;
};

let c = Counter(5);
c.reset();
ignore c.next();
let last : Helpers.Count = c.next();
Debug.print(debug_show (last, twice()));
