// motoko-core Iter.
import Iter "mo:core/Iter";
import Nat "mo:core/Nat";
import Debug "mo:core/Debug";

let xs = [3, 1, 4, 1, 5, 9, 2, 6];
Debug.print(debug_show (Iter.toArray(Iter.empty<Nat>()), Iter.toArray(Iter.singleton(7)), Iter.toArray(xs.values().enumerate()), Iter.toArray(xs.values().step(3)), xs.values().size()));
Debug.print(debug_show (xs.values().map<Nat, Nat>(func x = x * 2).toArray(), xs.values().filter(func x = x > 3).toArray(), xs.values().filterMap<Nat, Text>(func x = if (x < 3) ?Nat.toText(x) else null).toArray()));
Debug.print(debug_show (Iter.flatten<Nat>([[1, 2].values(), [3].values()].values()).toArray(), xs.values().flatMap<Nat, Nat>(func x = [x, x].values()).take(4).toArray(), xs.values().takeWhile(func x = x != 5).toArray(), xs.values().drop(5).toArray(), xs.values().dropWhile(func x = x < 5).toArray()));
Debug.print(debug_show (xs.values().zip<Nat, Text>(["a", "b"].values()).toArray(), xs.values().zip3<Nat, Nat, Nat>([1, 2].values(), [3, 4, 5].values()).toArray(), xs.values().zipWith<Nat, Nat, Nat>(xs.values().drop(1), Nat.add).toArray(), xs.values().zipWith3<Nat, Nat, Nat, Nat>([1].values(), [2].values(), func(a, b, c) = a + b + c).toArray()));
Debug.print(debug_show (xs.values().all(func x = x > 0), xs.values().any(func x = x == 9), xs.values().find(func x = x > 4), xs.values().findIndex(func x = x == 5), xs.values().contains(6), xs.values().max(), xs.values().min()));
Debug.print(debug_show (xs.values().foldLeft<Nat, Nat>(0, Nat.add), xs.values().foldRight<Nat, Text>("", func(x, acc) = acc # Nat.toText(x)), xs.values().reduce(Nat.max), xs.values().scanLeft<Nat, Nat>(0, Nat.add).toArray(), xs.values().scanRight<Nat, Nat>(0, Nat.add).toArray()));
Debug.print(debug_show (Iter.unfold<Nat, Nat>(1, func s = if (s > 100) null else ?(s, s * 3)).toArray(), Iter.infinite<Text>("x").take(3).toArray(), xs.values().concat([0].values()).toArray(), Iter.fromArray([1, 2]).toArray(), Iter.fromVarArray([var 3]).toArray()));
var s = 0;
xs.values().forEach(func x { s += x });
Debug.print(debug_show (s, xs.values().toVarArray<Nat>(), xs.values().sort().toArray(), Iter.repeat<Nat>(4, 2).toArray(), xs.values().reverse().toArray()));
