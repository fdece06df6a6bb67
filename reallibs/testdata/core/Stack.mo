// motoko-core Stack: a mutable stack.
import Stack "mo:core/Stack";
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let s = Stack.empty<Nat>();
s.push(1);
s.push(2);
s.push(3);
Debug.print(debug_show (s.size(), s.peek(), s.get(1), s.contains(2), s.toArray(), s.toText(), Iter.toArray(s.values()), Iter.toArray(s.reverseValues())));
Debug.print(debug_show (s.pop(), s.pop(), s.toArray(), s.isEmpty()));
let t = Stack.fromArray<Nat>([4, 5, 6]);
Debug.print(debug_show (t.toArray(), t.map<Nat, Nat>(func x = x * 2).toArray(), t.filter(func x = x != 5).toArray(), t.filterMap<Nat, Text>(func x = if (x > 4) ?Nat.toText(x) else null).toArray()));
Debug.print(debug_show (t.find(func x = x > 4), t.findIndex(func x = x == 6), t.all(func x = x > 3), t.any(func x = x == 1), t.equal(t.clone()), t.compare(s)));
var acc = "";
t.forEach(func x { acc #= Nat.toText(x) });
t.reverse();
Debug.print(debug_show (acc, t.toArray(), Stack.tabulate<Nat>(3, func i = i).toArray(), Stack.singleton<Nat>(1).toArray(), Stack.fromVarArray<Nat>([var 7, 8]).toArray(), t.toVarArray(), Stack.fromIter<Nat>([1, 2].values()).toArray(), [3, 4].values().toStack<Nat>().toArray()));
Debug.print(debug_show Stack.fromPure<Nat>(t.toPure()).toArray());
t.clear();
Debug.print(debug_show t.size());
