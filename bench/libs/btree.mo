// packages: base=$REAL/base StableBTree=$MOPS/StableBTree
// A stable B-tree in a Region (the mops package StableBTree, a port of
// ic-stable-structures' BTreeMap): 2_000 puts, 2_000 gets and 1_000 removes
// of Nat32 keys in a scrambled order with Nat64 values.
import BTree "mo:StableBTree/BTree";
import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";

let kc = BTree.n32conv;
let vc = BTree.n64conv;
let t = BTree.new<Nat32, Nat64>(kc, vc);
let n : Nat32 = 2_000;
func key(i : Nat32) : Nat32 { (i *% 7919) & 0xFFFF }; // distinct for i < 65_536
var i : Nat32 = 0;
while (i < n) { ignore BTree.put(t, kc, key(i), vc, Nat64.fromNat32(i)); i += 1 };
var sum : Nat64 = 0;
i := 0;
while (i < n) {
  switch (BTree.get(t, kc, key(i), vc)) { case (?v) sum += v; case null Debug.trap("missing") };
  i += 1;
};
i := 0;
while (i < n / 2) { ignore BTree.remove(t, kc, key(i * 2), vc); i += 1 };
Debug.print(debug_show (BTree.size(t), sum));
