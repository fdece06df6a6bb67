// A closure capturing a mutable variable keeps its own copy of the state.
import Debug "mo:base/Debug";

func makeCounter() : () -> Nat {
  var count = 0;
  func() : Nat { count += 1; count };
};
let c1 = makeCounter();
let c2 = makeCounter();
ignore c1();
ignore c1();
Debug.print(debug_show (c1(), c2()));
