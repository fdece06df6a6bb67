// Calling a class method with the wrong number of arguments.
import Debug "mo:base/Debug";

class Counter() {
  var n = 0;
  public func add(k : Nat) { n += k };
  public func get() : Nat = n;
};
let c = Counter();
c.add(1, 2);
Debug.print(debug_show c.get());
