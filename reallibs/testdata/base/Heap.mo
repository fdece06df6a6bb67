// motoko-base Heap: a priority queue (leftist heap).
import Heap "mo:base/Heap";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let h = Heap.Heap<Nat>(Nat.compare);
for (x in [5, 3, 8, 1, 9, 2].vals()) { h.put(x) };
Debug.print(debug_show (h.peekMin(), h.removeMin(), h.peekMin()));
h.deleteMin();
let saved = h.share();
var out = "";
var more = true;
while more {
  switch (h.removeMin()) {
    case null { more := false };
    case (?x) { out #= debug_show x # " " };
  };
};
Debug.print(out);
h.unsafeUnshare(saved);
Debug.print(debug_show h.peekMin());
let h2 = Heap.fromIter<Text>(Iter.fromArray(["pear", "apple", "fig"]), func(a, b) = Nat.compare(a.size(), b.size()));
Debug.print(debug_show (h2.removeMin(), h2.removeMin(), h2.removeMin(), h2.removeMin()));
