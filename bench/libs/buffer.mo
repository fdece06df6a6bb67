// packages: base=$REAL/base
// Buffer from motoko-base: 200_000 adds, reads and writes by index, a
// filter, a sort and removals from the end.
import Buffer "mo:base/Buffer";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let n = 200_000;
let b = Buffer.Buffer<Nat>(8);
var i = 0;
while (i < n) { b.add((i * 7_919) % 100_003); i += 1 };
var sum = 0;
i := 0;
while (i < n) { sum += b.get(i); i += 1 };
i := 0;
while (i < n) { b.put(i, b.get(i) + 1); i += 1 };
let evens = Buffer.clone(b);
evens.filterEntries(func(_, x) = x % 2 == 0);
b.sort(Nat.compare);
var popped = 0;
while (b.size() > n / 2) { switch (b.removeLast()) { case (?x) popped += x; case null {} } };
Debug.print(debug_show (sum, evens.size(), b.get(0), b.get(b.size() - 1), popped));
