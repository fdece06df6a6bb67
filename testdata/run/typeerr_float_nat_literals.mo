// A Float and a Nat literal with no expected type do not combine.
import Debug "mo:base/Debug";

Debug.print(debug_show (2.0 ** 10));
