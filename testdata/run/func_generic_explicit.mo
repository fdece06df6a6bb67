// Generic functions called with explicit type arguments.
import Debug "mo:base/Debug";

func identity<T>(x : T) : T { x };
func pair<A, B>(a : A, b : B) : (A, B) { (a, b) };
func swap<A, B>(p : (A, B)) : (B, A) { (p.1, p.0) };
Debug.print(debug_show identity<Nat>(5));
Debug.print(debug_show identity<Int>(5));
Debug.print(debug_show identity<Nat8>(255));
Debug.print(debug_show pair<Text, Bool>("t", true));
Debug.print(debug_show swap<Nat, Int>((1, 1)));
