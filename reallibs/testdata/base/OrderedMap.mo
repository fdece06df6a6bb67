// motoko-base OrderedMap: persistent ordered maps through Make's operations.
import Map "mo:base/OrderedMap";
import Nat "mo:base/Nat";
import Text "mo:base/Text";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let ops = Map.Make<Nat>(Nat.compare);
var m : Map.Map<Nat, Text> = ops.empty();
for (i in Iter.range(1, 6)) { m := ops.put(m, i * 3 % 7, Nat.toText(i)) };
Debug.print(debug_show (ops.size(m), ops.get(m, 3), ops.get(m, 0), ops.contains(m, 6), ops.maxEntry(m), ops.minEntry(m)));
let (m2, old) = ops.replace(m, 3, "three");
let (m3, removed) = ops.remove(m2, 5);
Debug.print(debug_show (old, removed, ops.size(ops.delete(m3, 1)), Iter.toArray(ops.entries(m3))));
Debug.print(debug_show (Iter.toArray(ops.keys(m)), Iter.toArray(ops.vals(m)), Iter.toArray(ops.entriesRev(m))));
let lengths = ops.map<Text, Nat>(m2, func(_, v) = v.size());
let odd = ops.mapFilter<Text, Text>(m, func(k, v) = if (k % 2 == 1) ?(v # "!") else null);
Debug.print(debug_show (Iter.toArray(ops.vals(lengths)), Iter.toArray(ops.entries(odd))));
Debug.print(debug_show (ops.foldLeft<Text, Text>(m, "", func(acc, k, v) = acc # v), ops.foldRight<Text, Text>(m, "", func(k, v, acc) = acc # v)));
Debug.print(debug_show (ops.all<Text>(m, func(k, _) = k < 7), ops.some<Text>(m, func(k, _) = k == 4)));
let m4 = ops.fromIter<Text>(Iter.fromArray([(2, "b"), (1, "a"), (2, "B")]));
ops.validate(m4);
Debug.print(debug_show Iter.toArray(ops.entries(m4)));
