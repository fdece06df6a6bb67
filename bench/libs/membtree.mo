// packages: base=$REAL/base memory-collection=$MOPS/memory-collection memory-region=$MOPS/memory-region augmented-btrees=$MOPS/augmented-btrees itertools=$MOPS/itertools stableheapbtreemap=$MOPS/stableheapbtreemap map=$MOPS/map buffer-deque=$MOPS/buffer-deque
// A B-tree in stable Regions (MemoryBTree of the mops package
// memory-collection): 10_000 inserts, 10_000 gets and 5_000 removes of Nat
// keys in a scrambled order with Text values, then a walk over the rest.
import MemoryBTree "mo:memory-collection/MemoryBTree/Stable";
import TypeUtils "mo:memory-collection/TypeUtils";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let n = 10_000;
let utils = MemoryBTree.createUtils(TypeUtils.Nat, TypeUtils.Text);
let tree = MemoryBTree.new(?32);
func key(i : Nat) : Nat = (i * 7_919) % n;

var i = 0;
while (i < n) { ignore MemoryBTree.insert(tree, utils, key(i), Nat.toText(i)); i += 1 };
var found = 0;
var chars = 0;
i := 0;
while (i < n) {
  switch (MemoryBTree.get(tree, utils, i)) {
    case (?t) { found += 1; chars += t.size() };
    case null {};
  };
  i += 1;
};
var removed = 0;
i := 0;
while (i < n) {
  switch (MemoryBTree.remove(tree, utils, i)) { case (?_) removed += 1; case null {} };
  i += 2;
};
var sum = 0;
for (k in MemoryBTree.keys(tree, utils)) sum += k;
Debug.print(debug_show (MemoryBTree.size(tree), found, chars, removed, sum));
