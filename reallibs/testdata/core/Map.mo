// motoko-core Map: a mutable B-tree map, used as users write it (implicit
// compare, contextual dot).
import Map "mo:core/Map";
import Nat "mo:core/Nat";
import Text "mo:core/Text";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let m = Map.empty<Nat, Text>();
for (i in Nat.range(0, 40)) { m.add((i * 7) % 41, Nat.toText(i)) };
Debug.print(debug_show (m.size(), m.get(7), m.get(100), m.containsKey(14), m.isEmpty(), m.maxEntry(), m.minEntry()));
Debug.print(debug_show (m.insert(100, "new"), m.insert(100, "again"), m.swap(100, "swapped"), m.replace(101, "none"), m.take(100), m.delete(7), m.delete(7)));
m.remove(14);
Debug.print(debug_show (m.size(), Iter.toArray(Iter.take(m.keys(), 5)), Iter.toArray(Iter.take(m.values(), 3)), Iter.toArray(Iter.take(m.reverseEntries(), 2))));
Debug.print(debug_show (Iter.toArray(Iter.take(m.entriesFrom(20), 3)), Iter.toArray(Iter.take(m.reverseEntriesFrom(20), 3))));
let small = Map.fromIter<Nat, Text>([(3, "c"), (1, "a"), (2, "b")].values(), Nat.compare);
Debug.print(debug_show (small.toArray(), small.toText(), Map.singleton<Nat, Text>(5, "e").toArray(), small.equal(small.clone()), small.compare(Map.fromArray<Nat, Text>([(1, "a")], Nat.compare))));
let upper = small.map<Nat, Text, Text>(func(_, v) = Text.toUpper(v));
let odd = small.filter(func(k, _) = k % 2 == 1);
let named = small.filterMap<Nat, Text, Nat>(func(k, v) = if (k > 1) ?(k * 10) else null);
Debug.print(debug_show (upper.toArray(), odd.toArray(), named.toArray()));
Debug.print(debug_show (small.foldLeft<Nat, Text, Text>("", func(acc, _, v) = acc # v), small.foldRight<Nat, Text, Text>("", func(_, v, acc) = acc # v), small.all(func(k, _) = k < 4), small.any(func(_, v) = v == "b")));
var seen = "";
small.forEach(func(k, v) { seen #= Nat.toText(k) # v });
let pure = small.toPure();
let back = Map.fromPure<Nat, Text>(pure, Nat.compare);
Debug.print(debug_show (seen, back.size(), small.toVarArray(), Map.fromVarArray<Nat, Text>([var (9, "i")], Nat.compare).toArray(), [(4, "d")].values().toMap<Nat, Text>().toArray()));
small.assertValid();
small.clear();
Debug.print(debug_show (small.size(), small.isEmpty()));
let words = Map.empty<Text, Nat>();
for (w in Text.split("a b a c b a", #char ' ')) {
  switch (words.get(w)) { case null words.add(w, 1); case (?n) words.add(w, n + 1) };
};
Debug.print(debug_show words.toArray());
