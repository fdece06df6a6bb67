// motoko-base Prelude: its functions trap; a guarded one is never called.
import Prelude "mo:base/Prelude";
import Debug "mo:base/Debug";

func safeDiv(a : Nat, b : Nat) : Nat = if (b == 0) Prelude.unreachable() else a / b;
func later() : Nat = Prelude.nyi();
Debug.print(debug_show safeDiv(9, 3));
ignore later;
Prelude.xxx();
// trap-span: 9.1-9.14
