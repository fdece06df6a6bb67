// Functions have no debug_show.
import Debug "mo:base/Debug";

func f(x : Nat) : Nat { x };
Debug.print(debug_show f);
