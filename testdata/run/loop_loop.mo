// loop runs until break or return.
import Debug "mo:base/Debug";

func firstSquareAbove(limit : Nat) : Nat {
  var k = 0;
  loop {
    if (k * k > limit) return k * k;
    k += 1;
  };
};
Debug.print(debug_show firstSquareAbove(50));
var count = 0;
label outer loop {
  count += 1;
  if (count == 4) break outer;
};
Debug.print(debug_show count);
