// motoko-base IterType: the iterator type alone.
import IterType "mo:base/IterType";
import Debug "mo:base/Debug";

func count(it : IterType.Iter<Nat>) : Nat { var n = 0; for (_ in it) n += 1; n };
Debug.print(debug_show count([1, 2, 3].vals()));
