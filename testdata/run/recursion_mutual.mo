// Mutually recursive functions.
import Debug "mo:base/Debug";

func isEven(n : Nat) : Bool { if (n == 0) true else isOdd(n - 1) };
func isOdd(n : Nat) : Bool { if (n == 0) false else isEven(n - 1) };
Debug.print(debug_show (isEven(10), isOdd(10), isEven(7), isOdd(7)));
Debug.print(debug_show isEven(10_001));
