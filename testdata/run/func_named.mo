// Named functions with block and expression bodies.
import Debug "mo:base/Debug";

func add(a : Nat, b : Nat) : Nat { a + b };
func double(n : Int) : Int = n * 2;
func greet(name : Text) : Text {
  let prefix = "hello, ";
  prefix # name;
};
func nothing() {};
Debug.print(debug_show add(2, 3));
Debug.print(debug_show double(-4));
Debug.print(greet("mori"));
Debug.print(debug_show nothing());
