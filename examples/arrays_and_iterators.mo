// Arrays and iterators: immutable and mutable arrays, for loops over ranges,
// and the higher-order functions of the Array and Iter modules.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Iter "mo:base/Iter";
import Nat "mo:base/Nat";
import Int "mo:base/Int";

let squares = Array.tabulate<Nat>(8, func(i) = i * i);
Debug.print("squares: " # debug_show squares);
let evens = Array.filter<Nat>(squares, func(x) = x % 2 == 0);
Debug.print("even squares: " # debug_show evens);
let total = Array.foldLeft<Nat, Nat>(squares, 0, func(acc, x) = acc + x);
Debug.print("sum: " # Nat.toText(total));
let labels = Array.map<Nat, Text>(evens, func(x) = "<" # Nat.toText(x) # ">");
Debug.print("labels: " # debug_show labels);

let counts = Array.init<Nat>(5, 0);
for (i in Iter.range(0, 19)) {
  counts[i % 5] += i;
};
Debug.print("mutable: " # debug_show counts);
Debug.print("frozen and reversed: " # debug_show Array.reverse<Nat>(Array.freeze<Nat>(counts)));

var line = "";
for (i in Iter.revRange(5, 1)) {
  line #= (if (line == "") "" else ", ") # Int.toText(i);
};
Debug.print("countdown: " # line);
Debug.print("first square over 20: " # debug_show Array.find<Nat>(squares, func(x) = x > 20));
let pairs = Iter.toArray(Iter.map<Nat, (Nat, Nat)>(Iter.range(1, 3), func(i) = (i, 10 * i)));
Debug.print("pairs: " # debug_show pairs);
