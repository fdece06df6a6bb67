// motoko-core VarArray: mutable arrays.
import VarArray "mo:core/VarArray";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let a : [var Nat] = [var 5, 3, 8, 1, 9, 3];
Debug.print(debug_show (VarArray.empty<Nat>(), VarArray.repeat<Nat>(7, 2), VarArray.tabulate<Nat>(3, func i = i), a.clone(), a.equal(a.clone()), a.find(func x = x > 6), a.findIndex(func x = x == 9)));
Debug.print(debug_show (a.concat([var 0]), a.sort(), a.reverse(), a.map<Nat, Text>(Nat.toText), a.filter(func x = x % 2 == 1), a.filterMap<Nat, Nat>(func x = if (x > 4) ?x else null), a.mapEntries<Nat, Nat>(func(x, i) = x + i)));
Debug.print(debug_show (a.mapResult<Nat, Nat, Text>(func x = #ok x), a.flatMap<Nat, Nat>(func x = [x].values()), a.foldLeft<Nat, Nat>(0, Nat.add), a.foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x)), VarArray.join<Nat>([[var 1], [var 2]].values()), VarArray.flatten<Nat>([var [var 3], [var 4]])));
Debug.print(debug_show (VarArray.singleton<Nat>(1), a.size(), a.isEmpty(), VarArray.fromArray<Nat>([1, 2]), VarArray.fromIter<Nat>([3].values()), Iter.toArray(a.keys()), Iter.toArray(a.values()), Iter.toArray(a.enumerate())));
Debug.print(debug_show (a.all(func x = x > 0), a.any(func x = x == 8), a.indexOf(3), a.lastIndexOf(3), a.nextIndexOf(3, 2), a.prevIndexOf(3, 5), a.contains(9), Iter.toArray(a.range(1, 3)), a.sliceToArray(1, 3), a.sliceToVarArray(-2, 6), a.toArray<Nat>()));
Debug.print(debug_show (a.toText(), a.compare([var 5, 4]), a.sort().binarySearch(8), a.isSorted()));
let b = a.clone();
b.sortInPlace();
let c = a.clone();
c.reverseInPlace();
c.mapInPlace(func x = x * 10);
var s = 0;
a.forEach(func x { s += x });
Debug.print(debug_show (b, c, s));
