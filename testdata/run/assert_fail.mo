// A false assertion traps naming its own span.
import Debug "mo:base/Debug";

func check(n : Nat) {
  assert n < 3;
  Debug.print("checked " # debug_show n);
};
check(1);
check(2);
check(3);
