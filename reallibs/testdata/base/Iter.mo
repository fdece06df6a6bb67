// motoko-base Iter.
import Iter "mo:base/Iter";
import List "mo:base/List";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

Debug.print(debug_show (Iter.toArray(Iter.range(2, 5)), Iter.toArray(Iter.range(3, 1)), Iter.toArray(Iter.revRange(3, -1))));
var s = "";
Iter.iterate<Text>(Iter.fromArray(["a", "b"]), func(x, i) { s #= x # debug_show i });
Debug.print(debug_show (s, Iter.size(Iter.range(1, 10)), Iter.toArray(Iter.map<Nat, Nat>(Iter.range(1, 3), func x = x * 2))));
Debug.print(debug_show (Iter.toArray(Iter.filter<Nat>(Iter.range(1, 10), func x = x % 3 == 0)), Iter.make<Nat>(5).next(), Iter.toArray(Iter.concat(Iter.range(1, 2), Iter.range(8, 9)))));
Debug.print(debug_show (Iter.toArray(Iter.fromArrayMut([var 1, 2])), Iter.toArrayMut<Nat>(Iter.range(0, 1)), List.toArray(Iter.toList(Iter.range(4, 6))), Iter.toArray(Iter.fromList(List.fromArray([7, 8])))));
Debug.print(debug_show Iter.toArray(Iter.sort(Iter.fromArray([3, 1, 2]), Nat.compare)));
