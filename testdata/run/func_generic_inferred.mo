// Type arguments inferred from the arguments.
import Debug "mo:base/Debug";

func identity<T>(x : T) : T { x };
func first<T>(xs : [T], default : T) : T { if (xs.size() == 0) default else xs[0] };
func twice<T>(f : T -> T, x : T) : T { f(f(x)) };
Debug.print(debug_show identity(5));
Debug.print(debug_show identity("text"));
Debug.print(debug_show first([3, 2], 0));
Debug.print(debug_show first<Text>([], "none"));
Debug.print(debug_show twice(func(n : Int) : Int { n * -3 }, 2));
let id8 : Nat8 = identity<Nat8>(200);
Debug.print(debug_show id8);
