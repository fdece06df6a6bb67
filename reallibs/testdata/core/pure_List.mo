// motoko-core pure/List: immutable linked lists.
import List "mo:core/pure/List";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let l = List.fromArray<Nat>([3, 1, 4, 1, 5, 9]);
Debug.print(debug_show (l.size(), l.isEmpty(), l.contains(4), l.get(2), l.last(), l.popFront(), l.pushFront(0).toArray(), l.reverse().toArray()));
Debug.print(debug_show (l.map<Nat, Nat>(func x = x * 2).toArray(), l.filter(func x = x > 2).toArray(), l.filterMap<Nat, Text>(func x = if (x == 1) null else ?Nat.toText(x)).toArray(), l.partition(func x = x % 2 == 0)));
Debug.print(debug_show (l.mapResult<Nat, Nat, Text>(func x = #ok x), l.concat(List.singleton<Nat>(2)).toArray(), List.join<Nat>([l, l].values()).size(), List.flatten<Nat>(List.fromArray([l, List.empty<Nat>()])).size()));
Debug.print(debug_show (l.take(2).toArray(), l.drop(4).toArray(), l.foldLeft<Nat, Nat>(0, Nat.add), l.foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x)), l.find(func x = x > 3), l.findIndex(func x = x == 5), l.all(func x = x > 0), l.any(func x = x == 2)));
let a = List.fromArray<Nat>([1, 4, 7]);
let b = List.fromArray<Nat>([2, 3, 8]);
Debug.print(debug_show (a.merge(b, Nat.compare).toArray(), a.equal(a), a.compare(b), List.tabulate<Nat>(3, func i = i).toArray(), List.repeat<Text>("r", 2).toArray()));
Debug.print(debug_show (a.zip<Nat, Nat>(b).toArray(), a.zipWith<Nat, Nat, Nat>(b, Nat.add).toArray(), l.split(2), l.chunks(4).toArray(), Iter.toArray(l.values()), Iter.toArray(a.enumerate())));
var s = 0;
l.forEach(func x { s += x });
Debug.print(debug_show (s, l.toVarArray<Nat>(), List.fromVarArray<Nat>([var 1]).toArray(), List.fromIter<Nat>([5, 6].values()).toArray(), [7].values().toList<Nat>().toArray(), l.toText(Nat.toText)));
