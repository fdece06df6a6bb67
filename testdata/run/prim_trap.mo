// Prim.trap stops the program with its message.
import Prim "mo:⛔";

Prim.debugPrint("before");
func check(ok : Bool) { if (not ok) Prim.trap("check failed") };
check(true);
check(false);
Prim.debugPrint("after");
// trap-span: 5.37-5.62
