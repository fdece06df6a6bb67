// motoko-base RBTree: an ordered map as a red-black tree.
import RBTree "mo:base/RBTree";
import Nat "mo:base/Nat";
import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

let t = RBTree.RBTree<Nat, Text>(Nat.compare);
for (i in [5, 2, 8, 1, 9, 3].vals()) { t.put(i, debug_show (i * 11)) };
Debug.print(debug_show (t.get(8), t.get(4), t.replace(8, "eight"), t.get(8), t.remove(1), t.remove(100)));
t.delete(2);
Debug.print(debug_show (Iter.toArray(t.entries()), Iter.toArray(t.entriesRev())));
let shared_ = t.share();
Debug.print(debug_show (RBTree.size(shared_), Iter.toArray(RBTree.iter(shared_, #bwd))));
let u = RBTree.RBTree<Nat, Text>(Nat.compare);
u.unshare(shared_);
u.put(7, "seven");
Debug.print(debug_show (RBTree.size(u.share()), RBTree.size(t.share())));
