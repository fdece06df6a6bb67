// A value of type None has every field and is every function, array and
// iterator: such code type-checks, and never runs further than the
// operand.
import Prim "mo:⛔";

func stop(msg : Text) : None = Prim.trap(msg);
func pick(n : Nat) : Nat {
  if (n == 1) return stop("one").field;
  if (n == 2) return stop("two")(1, 2);
  if (n == 3) return stop("three")[0];
  if (n == 4) { for (x in stop("four").vals()) {} };
  if (n == 5) return stop("five") * stop("six");
  n
};
Prim.debugPrint(debug_show pick(7));
for (_ in [].values(Prim.debugPrint "the argument runs")) {};
Prim.debugPrint(debug_show pick(3));
// trap-span: 6.32-6.46
