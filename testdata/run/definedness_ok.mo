// Mutual recursion and methods that use later declarations are fine once
// everything they need is defined before the call.
import Debug "mo:base/Debug";

func isEven(n : Nat) : Bool { if (n == 0) true else isOdd(n - 1) };
func isOdd(n : Nat) : Bool { if (n == 0) false else isEven(n - 1) };
let counter = object {
  public func next() : Nat { step() };
};
func step() : Nat { 7 };
Debug.print(debug_show (isEven(10), isOdd(7), counter.next()));
module M {
  public func a() : Nat { b() + 1 };
  public func b() : Nat { 41 };
};
Debug.print(debug_show M.a());
