// Nat and Int grow without bound.
import Debug "mo:base/Debug";

func factorial(n : Nat) : Nat {
  if (n == 0) 1 else n * factorial(n - 1);
};

Debug.print(debug_show factorial(20));
Debug.print(debug_show factorial(30));
let big : Int = -(factorial(25));
Debug.print(debug_show big);
Debug.print(debug_show (factorial(30) / factorial(28)));
Debug.print(debug_show (factorial(30) % 1_000_007));
Debug.print(debug_show (big * big > 0));
