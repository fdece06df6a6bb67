// packages: StableBTree
// StableBTree (a port of ic-stable-structures' BTreeMap onto a Region):
// puts, gets, removals, iteration and prefix ranges with Text keys.
import BTree "mo:StableBTree/BTree";
import Iter "mo:base/Iter";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let kc = BTree.tconv(16);
let vc = BTree.nconv(8);
let t = BTree.new<Text, Nat>(kc, vc);
for (i in Iter.range(0, 199)) ignore BTree.put(t, kc, "k" # Nat.toText((i * 13) % 200), vc, i);
Debug.print(debug_show (BTree.size(t), BTree.get(t, kc, "k26", vc), BTree.get(t, kc, "z", vc), BTree.has(t, kc, "k199")));
Debug.print(debug_show (BTree.put(t, kc, "k26", vc, 7), BTree.get(t, kc, "k26", vc)));
var removed = 0;
for (i in Iter.range(0, 199)) {
  if (i % 4 == 0) switch (BTree.remove(t, kc, "k" # Nat.toText(i), vc)) { case (?_) removed += 1; case null {} };
};
Debug.print(debug_show (removed, BTree.size(t), BTree.empty(t)));
Debug.print(debug_show Iter.toArray(Iter.map(BTree.iter(t, kc, vc), func((k, _) : (Text, Nat)) : Text = k)).size());
Debug.print(debug_show Iter.toArray(BTree.range(t, kc, vc, [0x6b, 0x31, 0x39] : [Nat8], null)));
