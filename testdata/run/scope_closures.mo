// A closure sees the binding in scope where it was written, not a later shadow.
import Debug "mo:base/Debug";

let x = "outer";
func show() : Text { x };
do {
  let x = "inner";
  Debug.print(show() # " " # x);
};
func later() : Text { helper() # "!" };
func helper() : Text { "declared after use" };
Debug.print(later());
var f : Nat -> Nat = func n = n + 1;
Debug.print(debug_show f(1));
f := func n = n * 10;
Debug.print(debug_show f(1));
