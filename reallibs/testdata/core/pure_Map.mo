// motoko-core pure/Map: immutable ordered maps (red-black trees).
import Map "mo:core/pure/Map";
import Nat "mo:core/Nat";
import Text "mo:core/Text";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

var m = Map.empty<Nat, Text>();
for (i in Nat.range(0, 10)) { m := m.add(i * 3 % 10, Nat.toText(i)) };
Debug.print(debug_show (m.size(), m.get(3), m.containsKey(11), m.maxEntry(), m.minEntry(), m.isEmpty()));
let (m2, inserted) = m.insert(50, "new");
let (m3, old) = m2.swap(50, "swapped");
let (m4, replaced) = m3.replace(51, "none");
let (m5, deleted) = m4.delete(50);
let (m6, taken) = m5.take(0);
Debug.print(debug_show (inserted, old, replaced, deleted, taken, m6.size(), m.remove(1).size()));
Debug.print(debug_show (Iter.toArray(m.entries()), Iter.toArray(Iter.take(m.reverseEntries(), 3)), Iter.toArray(m.keys()), Iter.toArray(Iter.take(m.values(), 3))));
let lengths = m.map<Nat, Text, Nat>(func(_, v) = v.size());
Debug.print(debug_show (lengths.toText(), m.filter(func(k, _) = k < 3).toText(), m.filterMap<Nat, Text, Nat>(func(k, _) = if (k > 7) ?k else null).toText()));
Debug.print(debug_show (m.foldLeft<Nat, Text, Text>("", func(acc, _, v) = acc # v), m.foldRight<Nat, Text, Text>("", func(_, v, acc) = acc # v), m.all(func(k, _) = k < 10), m.any(func(k, _) = k == 5)));
var s = 0;
m.forEach(func(k, _) { s += k });
m.assertValid();
Debug.print(debug_show (s, Map.singleton<Nat, Text>(1, "one").toText(), Map.fromIter<Nat, Text>([(2, "b"), (1, "a")].values(), Nat.compare).toText(), [(5, "e")].values().toMap<Nat, Text>().size(), m.equal(m), m.compare(m6)));
