// motoko-core pure/RealTimeQueue: immutable queues with constant-time
// operations.
import Queue "mo:core/pure/RealTimeQueue";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

var q = Queue.empty<Nat>();
for (i in Nat.range(0, 20)) { q := q.pushBack(i) };
q := q.pushFront(100);
Debug.print(debug_show (q.size(), q.isEmpty(), q.contains(7), q.peekFront(), q.peekBack()));
var out = "";
var more = true;
while more {
  switch (q.popFront()) {
    case null { more := false };
    case (?(x, rest)) { out #= Nat.toText(x) # " "; q := rest };
  };
};
Debug.print(out);
let r = Queue.fromIter<Nat>([1, 2, 3, 4].values());
switch (r.popBack()) { case (?(rest, x)) Debug.print(debug_show (Iter.toArray(rest.values()), x)); case null {} };
Debug.print(debug_show (Iter.toArray(r.map<Nat, Nat>(func x = x * x).values()), Iter.toArray(r.filter(func x = x % 2 == 0).values()), Iter.toArray(r.filterMap<Nat, Nat>(func x = if (x > 2) ?x else null).values())));
var s = 0;
r.forEach(func x { s += x });
Debug.print(debug_show (s, r.all(func x = x < 5), r.any(func x = x == 3), r.equal(r), r.compare(Queue.singleton<Nat>(1)), r.toText(), Iter.toArray(r.reverse().values()), [5].values().toQueue<Nat>().size()));
