// motoko-core Queue: a mutable double-ended queue.
import Queue "mo:core/Queue";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let q = Queue.empty<Nat>();
q.pushBack(1);
q.pushBack(2);
q.pushFront(0);
Debug.print(debug_show (q.size(), q.peekFront(), q.peekBack(), q.contains(2), q.isEmpty(), q.toArray(), q.toText()));
Debug.print(debug_show (q.popFront(), q.popBack(), q.toArray(), Iter.toArray(q.values()), Iter.toArray(q.reverseValues())));
let r = Queue.fromArray<Nat>([3, 4, 5, 6]);
Debug.print(debug_show (r.map<Nat, Text>(Nat.toText).toArray(), r.filter(func x = x % 2 == 0).toArray(), r.filterMap<Nat, Nat>(func x = if (x > 4) ?(x * 10) else null).toArray(), r.all(func x = x > 2), r.any(func x = x == 9)));
var sum = 0;
r.forEach(func x { sum += x });
let c = r.clone();
ignore c.popFront();
Debug.print(debug_show (sum, c.toArray(), r.equal(r.clone()), r.compare(c), Queue.singleton<Text>("s").toArray(), Queue.fromIter<Nat>([7, 8].values()).toArray(), Queue.fromVarArray<Nat>([var 9]).toArray(), r.toVarArray(), [1].values().toQueue<Nat>().toArray()));
let p = r.toPure();
Debug.print(debug_show Queue.fromPure<Nat>(p).toArray());
r.clear();
Debug.print(debug_show (r.size(), r.popFront()));
