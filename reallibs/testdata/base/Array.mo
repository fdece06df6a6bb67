// motoko-base Array.
import Array "mo:base/Array";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let a = [5, 3, 8, 1, 9, 3];
Debug.print(debug_show (Array.init<Nat>(3, 7), Array.tabulate<Nat>(4, func i = i * i), Array.tabulateVar<Nat>(2, func i = i)));
Debug.print(debug_show (Array.freeze([var 1, 2]), Array.thaw<Nat>([3, 4]), Array.equal(a, a, Nat.equal), Array.find<Nat>(a, func x = x > 6)));
Debug.print(debug_show (Array.append(a, [0]), Array.sort(a, Nat.compare), Array.reverse(a)));
let v = Array.thaw<Nat>(a);
Array.sortInPlace(v, Nat.compare);
Debug.print(debug_show (v, Array.map<Nat, Text>(a, Nat.toText), Array.filter<Nat>(a, func x = x % 2 == 1)));
Debug.print(debug_show (Array.mapEntries<Nat, Nat>(a, func(x, i) = x * i), Array.mapFilter<Nat, Nat>(a, func x = if (x > 4) ?(x + 100) else null)));
Debug.print(debug_show (Array.mapResult<Nat, Nat, Text>(a, func x = if (x == 9) #err "nine" else #ok x), Array.chain<Nat, Nat>([1, 2], func x = [x, x * 10])));
Debug.print(debug_show (Array.foldLeft<Nat, Nat>(a, 0, Nat.add), Array.foldRight<Nat, Text>(a, "", func(x, acc) = acc # Nat.toText(x)), Array.flatten<Nat>([[1], [2, 3], []]), Array.make("m")));
Debug.print(debug_show (Iter.toArray(Array.vals(a)), Iter.toArray(Array.keys(a)), Array.size(a), Array.subArray(a, 1, 3)));
Debug.print(debug_show (Array.indexOf<Nat>(3, a, Nat.equal), Array.nextIndexOf<Nat>(3, a, 2, Nat.equal), Array.lastIndexOf<Nat>(3, a, Nat.equal), Array.prevIndexOf<Nat>(3, a, 5, Nat.equal)));
Debug.print(debug_show (Iter.toArray(Array.slice(a, 2, 5)), Array.take(a, 2), Array.take(a, -2)));
