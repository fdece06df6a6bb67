// A byte-sized counter that a beginner forgets can overflow.
import Debug "mo:base/Debug";

class ByteCounter() {
  var hits : Nat8 = 0;
  public func hit() { hits += 1 };
  public func value() : Nat8 = hits;
};

let c = ByteCounter();
var i = 0;
while (i < 300) {
  c.hit();
  if (i % 100 == 0) Debug.print("after " # debug_show i # ": " # debug_show c.value());
  i += 1;
};
Debug.print("unreachable: " # debug_show c.value());
