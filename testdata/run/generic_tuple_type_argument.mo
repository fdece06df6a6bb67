// A tuple as an explicit type argument: the function returns both components as one value.
import Array "mo:base/Array";
import Debug "mo:base/Debug";
let pairs = Array.tabulate<(Nat, Text)>(3, func(i : Nat) : (Nat, Text) = (i, debug_show i));
Debug.print(debug_show pairs);
func tab<X>(n : Nat, f : Nat -> X) : [X] = Array.tabulate<X>(n, f);
Debug.print(debug_show tab<(Nat, Bool)>(2, func(i : Nat) : (Nat, Bool) = (i, i == 0)));
