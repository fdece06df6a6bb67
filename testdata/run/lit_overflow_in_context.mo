// Literals typed Nat8 by their context compute in Nat8 and overflow.
import Debug "mo:base/Debug";

func show8(n : Nat8) { Debug.print(debug_show n) };
show8(100 + 100);
show8(100 * 3);
