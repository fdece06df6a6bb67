// motoko-core pure/Queue: immutable double-ended queues.
import Queue "mo:core/pure/Queue";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let q = Queue.empty<Nat>().pushBack(1).pushBack(2).pushFront(0);
Debug.print(debug_show (q.size(), q.isEmpty(), q.contains(2), q.peekFront(), q.peekBack(), q.toArray(), q.toText()));
switch (q.popFront()) { case (?(x, rest)) Debug.print(debug_show (x, rest.toArray())); case null {} };
switch (q.popBack()) { case (?(rest, x)) Debug.print(debug_show (rest.toArray(), x)); case null {} };
let r = Queue.fromArray<Nat>([3, 4, 5]);
Debug.print(debug_show (r.map<Nat, Nat>(func x = x + 1).toArray(), r.filter(func x = x != 4).toArray(), r.filterMap<Nat, Text>(func x = if (x > 3) ?Nat.toText(x) else null).toArray(), r.all(func x = x > 2), r.any(func x = x == 9)));
var s = 0;
r.forEach(func x { s += x });
Debug.print(debug_show (s, r.equal(r), r.compare(q), r.reverse().toArray(), Iter.toArray(r.values()), Queue.singleton<Nat>(7).toArray(), Queue.fromIter<Nat>([8].values()).toArray(), [9].values().toQueue<Nat>().toArray()));
