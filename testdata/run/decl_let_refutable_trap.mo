// A refutable let pattern traps when the value does not match.
import Debug "mo:base/Debug";

func count() : Nat { 1 };
let 1 = count();
Debug.print("first matched");
func zero() : Nat { 1 };
let 0 = zero();
Debug.print("not reached");
