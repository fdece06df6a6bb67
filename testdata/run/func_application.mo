// Application with parentheses, by juxtaposition and with a tuple argument.
import Debug "mo:base/Debug";

func neg(x : Int) : Int { -x };
func add(a : Nat, b : Nat) : Nat { a + b };
func pairSum(p : (Nat, Nat)) : Nat { p.0 + p.1 };
Debug.print(debug_show neg(5));
Debug.print(debug_show (neg 5));
Debug.print(debug_show (add(1, 2)));
let args = (3, 4);
Debug.print(debug_show add args);
Debug.print(debug_show pairSum((5, 6)));
Debug.print(debug_show (neg (neg 2)));
Debug.print(debug_show (add (10, 20)));
