// Branches of an if producing Nat and Text, then printed.
import Debug "mo:base/Debug";

func label_(n : Nat) = if (n == 0) "none" else n;

Debug.print(debug_show label_(3));
