// Non-tail recursion 10_000 deep must succeed.
import Debug "mo:base/Debug";

func sumTo(n : Nat) : Nat {
  if (n == 0) 0 else n + sumTo(n - 1);
};
func count(n : Nat, step : Nat) : Nat {
  if (n == 0) 0 else 1 + count(n - step, step);
};
Debug.print(debug_show sumTo(10_000));
Debug.print(debug_show count(10_000, 1));
