// motoko-base OrderedSet: persistent ordered sets through Make's operations.
import Set "mo:base/OrderedSet";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let ops = Set.Make<Nat>(Nat.compare);
let a = ops.fromIter(Iter.fromArray([5, 1, 3, 9, 7]));
let b = ops.fromIter(Iter.fromArray([3, 4, 5]));
func show(s : Set.Set<Nat>) : [Nat] = Iter.toArray(ops.vals(s));
Debug.print(debug_show (show(a), ops.size(a), ops.contains(a, 3), ops.contains(a, 4), ops.max(a), ops.min(a)));
Debug.print(debug_show (show(ops.union(a, b)), show(ops.intersect(a, b)), show(ops.diff(a, b)), Iter.toArray(ops.valsRev(a))));
Debug.print(debug_show (show(ops.put(a, 2)), show(ops.delete(a, 9)), ops.isEmpty(ops.empty()), ops.isSubset(ops.intersect(a, b), a), ops.equals(a, a)));
Debug.print(debug_show (show(ops.map<Nat>(a, func x = x / 2)), show(ops.mapFilter<Nat>(a, func x = if (x > 4) ?(x * 10) else null))));
Debug.print(debug_show (ops.foldLeft<Nat>(a, 0, func(acc, x) = acc * 10 + x), ops.foldRight<Nat>(a, 0, func(x, acc) = acc * 10 + x), ops.all(a, func x = x % 2 == 1), ops.some(b, func x = x == 4)));
ops.validate(a);
