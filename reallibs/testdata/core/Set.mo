// motoko-core Set: a mutable B-tree set.
import Set "mo:core/Set";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Text "mo:core/Text";
import Debug "mo:core/Debug";

let s = Set.empty<Nat>();
for (i in Nat.range(0, 30)) { s.add((i * 11) % 31) };
Debug.print(debug_show (s.size(), s.contains(11), s.contains(30), s.max(), s.min(), s.insert(99), s.insert(99), s.delete(99), s.delete(99)));
s.remove(0);
Debug.print(debug_show (Iter.toArray(Iter.take(s.values(), 4)), Iter.toArray(Iter.take(s.reverseValues(), 3)), Iter.toArray(Iter.take(s.valuesFrom(10), 3)), Iter.toArray(Iter.take(s.reverseValuesFrom(10), 3))));
let a = Set.fromArray<Nat>([1, 2, 3, 4], Nat.compare);
let b = Set.fromIter<Nat>([3, 4, 5].values(), Nat.compare);
Debug.print(debug_show (a.union(b).toArray(), a.intersection(b).toArray(), a.difference(b).toArray(), a.isSubset(a.union(b)), a.equal(a.clone()), a.compare(b), a.toText()));
let c = a.clone();
Debug.print(debug_show (c.insertAll([7, 8].values()), c.deleteAll([1, 100].values()), c.retainAll(func x = x != 8), c.toArray()));
c.addAll([0].values());
Debug.print(debug_show (c.filter(func x = x % 2 == 0).toArray(), c.map<Nat, Nat>(func x = x / 2).toArray(), c.filterMap<Nat, Text>(func x = if (x > 3) ?Nat.toText(x) else null).toArray()));
Debug.print(debug_show (c.foldLeft<Nat, Nat>(0, Nat.add), c.foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x)), c.all(func x = x < 10), c.any(func x = x == 7)));
let nested = Set.fromArray<Set.Set<Nat>>([a, b], func(x, y) = x.compare(y));
Debug.print(debug_show (Set.join<Nat>([a, b].values(), Nat.compare).toArray(), nested.flatten().toArray(), Set.singleton<Nat>(6).toArray()));
var seen = 0;
c.forEach(func x { seen += x });
let back = Set.fromPure<Nat>(c.toPure(), Nat.compare);
Debug.print(debug_show (seen, back.size(), [9, 9, 8].values().toSet<Nat>().toArray()));
c.assertValid();
c.clear();
Debug.print(debug_show (c.isEmpty(), c.size()));
