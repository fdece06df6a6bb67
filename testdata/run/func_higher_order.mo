// Functions taking and returning functions.
import Debug "mo:base/Debug";

func compose<A, B, C>(f : B -> C, g : A -> B) : A -> C {
  func(x : A) : C { f(g(x)) };
};
func adder(n : Nat) : Nat -> Nat { func(x : Nat) : Nat { x + n } };
let add5 = adder(5);
let times3 = func(x : Nat) : Nat { x * 3 };
let both = compose<Nat, Nat, Nat>(add5, times3);
Debug.print(debug_show both(2));
Debug.print(debug_show compose<Nat, Nat, Text>(func n = debug_show n, add5)(1));
Debug.print(debug_show (adder(1)(adder(2)(3))));
