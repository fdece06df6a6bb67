// motoko-base HashMap: a word count, replacing and removing, iteration in
// the map's own order, cloning, building from iterators, map and mapFilter.
import HashMap "mo:base/HashMap";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Array "mo:base/Array";
import Debug "mo:base/Debug";

let counts = HashMap.HashMap<Text, Nat>(4, Text.equal, Text.hash);
for (w in Text.split("the cat and the dog and the bird", #char ' ')) {
  switch (counts.get(w)) {
    case null counts.put(w, 1);
    case (?n) counts.put(w, n + 1);
  };
};
func sorted(m : HashMap.HashMap<Text, Nat>) : [(Text, Nat)] =
  Array.sort<(Text, Nat)>(Iter.toArray(m.entries()), func(a, b) = Text.compare(a.0, b.0));
Debug.print(debug_show (counts.size(), sorted(counts)));
Debug.print(debug_show (counts.replace("cat", 10), counts.remove("dog"), counts.remove("zebra"), counts.get("dog")));
counts.delete("bird");
Debug.print(debug_show (Array.sort(Iter.toArray(counts.keys()), Text.compare), Array.sort(Iter.toArray(counts.vals()), Nat.compare)));
let copy = HashMap.clone(counts, Text.equal, Text.hash);
copy.put("extra", 99);
Debug.print(debug_show (counts.size(), copy.size()));
let fromIt = HashMap.fromIter<Nat, Text>(Iter.fromArray([(1, "one"), (2, "two"), (3, "three")]), 3, Nat.equal, func n = Text.hash(Nat.toText n));
Debug.print(debug_show (fromIt.get(2), fromIt.get(4)));
let lengths = HashMap.map<Nat, Text, Nat>(fromIt, Nat.equal, func n = Text.hash(Nat.toText n), func(_, v) = v.size());
let odd = HashMap.mapFilter<Nat, Text, Text>(fromIt, Nat.equal, func n = Text.hash(Nat.toText n), func(k, v) = if (k % 2 == 1) ?Text.toUppercase(v) else null);
Debug.print(debug_show (lengths.get(3), odd.size(), odd.get(1), odd.get(2)));
// Many keys: the table grows.
let big = HashMap.HashMap<Nat, Nat>(1, Nat.equal, func n = Text.hash(Nat.toText n));
for (i in Iter.range(0, 999)) { big.put(i, i * i) };
var sum = 0;
for ((k, v) in big.entries()) { sum += v - k * k + k };
Debug.print(debug_show (big.size(), sum, big.get(500)));
