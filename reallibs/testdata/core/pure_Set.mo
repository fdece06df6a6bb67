// motoko-core pure/Set: immutable ordered sets.
import Set "mo:core/pure/Set";
import Nat "mo:core/Nat";
import Text "mo:core/Text";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let a = Set.fromIter<Nat>([5, 1, 3, 9, 7].values(), Nat.compare);
let b = Set.fromIter<Nat>([3, 4, 5].values(), Nat.compare);
Debug.print(debug_show (a.size(), a.contains(3), a.max(), a.min(), a.isEmpty(), Iter.toArray(a.values()), Iter.toArray(a.reverseValues())));
let (a2, added) = a.insert(2);
let (a3, removed) = a2.delete(9);
Debug.print(debug_show (added, removed, Iter.toArray(a3.values()), Iter.toArray(a.add(4).values()), Iter.toArray(a.remove(1).values())));
Debug.print(debug_show (a.union(b).toText(), a.intersection(b).toText(), a.difference(b).toText(), a.isSubset(a.union(b)), a.equal(a), a.compare(b)));
Debug.print(debug_show (a.map<Nat, Nat>(func x = x / 2).toText(), a.filter(func x = x > 4).toText(), a.filterMap<Nat, Text>(func x = if (x > 4) ?Nat.toText(x) else null).toText()));
Debug.print(debug_show (a.foldLeft<Nat, Nat>(0, Nat.add), a.foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x)), a.all(func x = x % 2 == 1), a.any(func x = x == 4)));
var s = 0;
a.forEach(func x { s += x });
a.assertValid();
let nested = Set.fromIter<Set.Set<Nat>>([a, b].values(), func(x, y) = x.compare(y));
Debug.print(debug_show (s, Set.singleton<Nat>(1).size(), Set.empty<Nat>().size(), [8, 8].values().toSet<Nat>().size(), Set.join<Nat>([a, b].values(), Nat.compare).size(), nested.flatten().size()));
