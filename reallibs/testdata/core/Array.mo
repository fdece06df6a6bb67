// motoko-core Array.
import Array "mo:core/Array";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let a = [5, 3, 8, 1, 9, 3];
Debug.print(debug_show (Array.empty<Nat>(), Array.repeat<Nat>(7, 3), Array.tabulate<Nat>(4, func i = i * i), Array.fromVarArray<Nat>([var 1, 2]), a.toVarArray<Nat>(), a.equal(a), a.find(func x = x > 6), a.findIndex(func x = x == 9)));
Debug.print(debug_show (a.concat([0]), a.sort(), a.reverse(), a.map<Nat, Text>(Nat.toText), a.filter(func x = x % 2 == 1), a.filterMap<Nat, Nat>(func x = if (x > 4) ?(x + 100) else null)));
Debug.print(debug_show (a.mapResult<Nat, Nat, Text>(func x = if (x == 9) #err "nine" else #ok x), a.mapEntries<Nat, Nat>(func(x, i) = x * i), a.flatMap<Nat, Nat>(func x = [x, x].values()).size(), a.foldLeft<Nat, Nat>(0, Nat.add), a.foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x))));
Debug.print(debug_show (Array.join<Nat>([[1], [2, 3]].values()), Array.flatten<Nat>([[4], [], [5]]), Array.singleton<Nat>(6), a.size(), a.isEmpty(), Array.fromIter<Nat>([7, 8].values()), Iter.toArray(a.keys()), Iter.toArray(a.values()), Iter.toArray(a.enumerate())));
Debug.print(debug_show (a.all(func x = x > 0), a.any(func x = x == 8), a.indexOf(3), a.lastIndexOf(3), a.nextIndexOf(3, 2), a.prevIndexOf(3, 5), a.contains(9), Iter.toArray(a.range(1, -1)), a.sliceToArray(-3, 6), a.sliceToVarArray<Nat>(0, 2)));
Debug.print(debug_show (a.toText(), a.compare([5, 4]), a.sort().binarySearch(8), a.sort().binarySearch(2), a.isSorted(), a.sort().isSorted()));
var s = 0;
a.forEach(func x { s += x });
Debug.print(debug_show s);
