// A function without a result type whose body ends in a value: moc expects ().
import Debug "mo:base/Debug";

func square(x : Nat) { x * x };

Debug.print(debug_show square(4));
