// Two closures share the variable they both capture.
import Debug "mo:base/Debug";

var total = 0;
let add = func(n : Nat) { total += n };
let get = func() : Nat { total };
add(5);
add(7);
Debug.print(debug_show get());
total := 100;
Debug.print(debug_show get());
func pair() : (Int -> (), () -> Int) {
  var x : Int = 0;
  (func(d : Int) { x += d }, func() : Int { x });
};
let (bump, read) = pair();
bump(-4);
bump(1);
Debug.print(debug_show read());
