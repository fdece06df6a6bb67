// Recursive local functions and recursive anonymous values through a let.
import Debug "mo:base/Debug";

func countDigits(n : Nat) : Nat {
  func go(m : Nat, acc : Nat) : Nat {
    if (m < 10) acc + 1 else go(m / 10, acc + 1);
  };
  go(n, 0);
};
Debug.print(debug_show countDigits(0));
Debug.print(debug_show countDigits(123_456_789_012));
