// Nat remainder by zero traps.
import Debug "mo:base/Debug";

var i = 3;
while (true) {
  Debug.print(debug_show (10 % i));
  i -= 1;
};
