// motoko-base TrieMap.
import TrieMap "mo:base/TrieMap";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Array "mo:base/Array";
import Hash "mo:base/Hash";
import Debug "mo:base/Debug";

let m = TrieMap.TrieMap<Text, Nat>(Text.equal, Text.hash);
m.put("a", 1);
m.put("b", 2);
m.put("c", 3);
Debug.print(debug_show (m.size(), m.get("b"), m.replace("b", 20), m.get("b"), m.remove("c"), m.remove("x")));
m.delete("a");
Debug.print(debug_show (m.size(), Iter.toArray(m.keys()), Iter.toArray(m.vals()), Iter.toArray(m.entries())));
let e = TrieMap.fromEntries<Nat, Text>(Iter.fromArray([(1, "x"), (2, "yy"), (3, "zzz")]), Nat.equal, Hash.hash);
let c = TrieMap.clone(e, Nat.equal, Hash.hash);
c.put(4, "w");
let sizes = TrieMap.map<Nat, Text, Nat>(e, Nat.equal, Hash.hash, func(_, v) = v.size());
let big = TrieMap.mapFilter<Nat, Text, Text>(e, Nat.equal, Hash.hash, func(k, v) = if (k > 1) ?v else null);
Debug.print(debug_show (e.size(), c.size(), Array.sort(Iter.toArray(sizes.vals()), Nat.compare), big.get(1), big.get(2)));
