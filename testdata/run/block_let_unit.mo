// A block whose last declaration is a `let` gives unit where unit is
// expected, whatever the let's type.
import Prim "mo:⛔";
do {
  let _ : [var Nat] = [var 1, 2];
};
func f() { let x = 5; ignore x; let _ : Text = "t" };
f();
Prim.debugPrint("done");
