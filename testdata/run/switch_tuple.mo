// switch on tuples with literal and wildcard components.
import Debug "mo:base/Debug";

func fizz(n : Nat) : Text {
  switch (n % 3, n % 5) {
    case (0, 0) "FizzBuzz";
    case (0, _) "Fizz";
    case (_, 0) "Buzz";
    case _ debug_show n;
  };
};
for (i in [1, 3, 5, 15, 7].vals()) { Debug.print(fizz i) };
