// packages: memory-collection memory-region augmented-btrees itertools stableheapbtreemap map buffer-deque
// memory-collection's MemoryBTree: a B-tree whose nodes and entries live in
// stable Regions, with Text keys and Nat values, ordered queries and removals.
import MemoryBTree "mo:memory-collection/MemoryBTree/Stable";
import TypeUtils "mo:memory-collection/TypeUtils";
import Iter "mo:base/Iter";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let utils = MemoryBTree.createUtils(TypeUtils.Text, TypeUtils.Nat);
let t = MemoryBTree.new(?4);
for (i in Iter.range(0, 299)) {
  ignore MemoryBTree.insert(t, utils, "key" # Nat.toText((i * 37) % 300), i);
};
Debug.print(debug_show (MemoryBTree.size(t), MemoryBTree.get(t, utils, "key42"), MemoryBTree.get(t, utils, "nope")));
Debug.print(debug_show (MemoryBTree.insert(t, utils, "key42", 1_000), MemoryBTree.get(t, utils, "key42")));
Debug.print(debug_show (MemoryBTree.getMin(t, utils), MemoryBTree.getMax(t, utils)));
Debug.print(debug_show (MemoryBTree.getFloor(t, utils, "key1000"), MemoryBTree.getCeiling(t, utils, "key1000")));
Debug.print(debug_show (MemoryBTree.contains(t, utils, "key7"), MemoryBTree.getIndex(t, utils, "key100"), MemoryBTree.getFromIndex(t, utils, 3)));
Debug.print(debug_show Iter.toArray(MemoryBTree.scan(t, utils, ?"key10", ?"key105")));
Debug.print(debug_show Iter.toArray(MemoryBTree.range(t, utils, 5, 8)));
Debug.print(debug_show Iter.toArray(Iter.fromArray(Iter.toArray(MemoryBTree.keys(t, utils)))).size());

var removed = 0;
for (i in Iter.range(0, 299)) {
  if (i % 3 == 0) switch (MemoryBTree.remove(t, utils, "key" # Nat.toText(i))) { case (?_) removed += 1; case null {} };
};
Debug.print(debug_show (removed, MemoryBTree.size(t), MemoryBTree.removeMin(t, utils), MemoryBTree.removeMax(t, utils), MemoryBTree.size(t)));
var sum = 0;
for (v in MemoryBTree.vals(t, utils)) sum += v;
Debug.print(debug_show sum);
Debug.print(debug_show Iter.toArray(Iter.map(MemoryBTree.entries(t, utils), func((k, v) : (Text, Nat)) : Text = k)).size());
MemoryBTree.clear(t);
Debug.print(debug_show (MemoryBTree.size(t), MemoryBTree.get(t, utils, "key1")));
