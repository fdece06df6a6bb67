// packages: base=$REAL/base
// RBTree from motoko-base: 20_000 puts, gets and 10_000 deletes with Nat
// keys in a scrambled order, then an in-order walk.
import RBTree "mo:base/RBTree";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let n = 20_000;
func key(i : Nat) : Nat { (i * 7_919) % 20_011 };
let t = RBTree.RBTree<Nat, Nat>(Nat.compare);
var i = 0;
while (i < n) { t.put(key(i), i); i += 1 };
var sum = 0;
i := 0;
while (i < n) {
  switch (t.get(key(i))) { case (?v) sum += v; case null Debug.trap("missing") };
  i += 1;
};
i := 0;
while (i < n / 2) { t.delete(key(i * 2)); i += 1 };
var walked = 0;
var last = 0;
for ((k, _) in t.entries()) { assert (walked == 0 or k > last); last := k; walked += 1 };
Debug.print(debug_show (walked, sum, last));
