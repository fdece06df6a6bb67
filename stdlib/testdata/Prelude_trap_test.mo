import Prelude "mo:base/Prelude";
import Debug "mo:base/Debug";

func check(n : Nat) : Nat {
  if (n > 10) { Prelude.unreachable() } else { n }
};
Debug.print(debug_show check(3));
Debug.print(debug_show check(11));
// trap: Prelude.unreachable()
