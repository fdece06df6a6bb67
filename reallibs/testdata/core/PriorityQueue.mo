// motoko-core PriorityQueue: a binary heap, greatest first.
import PriorityQueue "mo:core/PriorityQueue";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let pq = PriorityQueue.empty<Nat>();
for (x in [5, 1, 9, 3, 7].values()) { pq.push(x) };
Debug.print(debug_show (pq.size(), pq.peek(), pq.pop(), pq.pop(), pq.size(), pq.isEmpty()));
let copy = pq.clone();
Debug.print(debug_show (Iter.toArray(copy.values()), PriorityQueue.fromIter<Nat>([2, 8, 4].values(), Nat.compare).peek(), PriorityQueue.singleton<Nat>(6).size()));
pq.clear();
Debug.print(debug_show (pq.size(), pq.pop(), copy.size()));
