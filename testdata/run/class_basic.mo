// A class with constructor parameters, private state and methods.
import Debug "mo:base/Debug";

class Counter(start : Nat) {
  var count = start;
  public func inc() : Nat { count += 1; count };
  public func reset() { count := start };
};
let a = Counter(10);
let b = Counter(0);
ignore a.inc();
Debug.print(debug_show (a.inc(), b.inc()));
a.reset();
Debug.print(debug_show a.inc());
