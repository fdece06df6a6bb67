// A literal argument out of range for the parameter type.
import Debug "mo:base/Debug";

func f(n : Nat16) : Nat16 { n };
Debug.print(debug_show f(70_000));
