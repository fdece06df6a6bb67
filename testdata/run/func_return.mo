// return leaves a function early, also from inside loops.
import Debug "mo:base/Debug";

func firstEven(xs : [Nat]) : ?Nat {
  for (x in xs.vals()) {
    if (x % 2 == 0) return ?x;
  };
  null;
};
func sign(n : Int) : Text {
  if (n < 0) { return "negative" };
  if (n == 0) return "zero";
  "positive";
};
func early() { Debug.print("in"); return; Debug.print("never") };
Debug.print(debug_show (firstEven([1, 3, 6, 8]), firstEven([1])));
Debug.print(sign(-3) # " " # sign(0) # " " # sign(9));
early();
