// Iter functions from the base library.
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";

Debug.print(debug_show Iter.toArray(Iter.range(1, 5)));
Debug.print(debug_show Iter.toArray(Iter.range(3, 2)));
Debug.print(debug_show Iter.toArray(Iter.revRange(3, -1)));
Debug.print(debug_show Iter.size(Iter.range(0, 9)));
let doubled = Iter.map<Nat, Nat>(Iter.fromArray([1, 2, 3]), func x = x * 2);
Debug.print(debug_show Iter.toArray(doubled));
let it : Iter.Iter<Char> = "ab".chars();
Debug.print(debug_show (it.next(), it.next(), it.next()));
