// motoko-base TrieSet.
import TrieSet "mo:base/TrieSet";
import Nat "mo:base/Nat";
import Hash "mo:base/Hash";
import Array "mo:base/Array";
import Debug "mo:base/Debug";

let a = TrieSet.fromArray<Nat>([1, 2, 3, 4], Hash.hash, Nat.equal);
let b = TrieSet.fromArray<Nat>([3, 4, 5], Hash.hash, Nat.equal);
func show(s : TrieSet.Set<Nat>) : [Nat] = Array.sort(TrieSet.toArray(s), Nat.compare);
Debug.print(debug_show (show(TrieSet.union(a, b, Nat.equal)), show(TrieSet.intersect(a, b, Nat.equal)), show(TrieSet.diff(a, b, Nat.equal))));
let c = TrieSet.put(TrieSet.delete(a, 1, Hash.hash 1, Nat.equal), 9, Hash.hash 9, Nat.equal);
Debug.print(debug_show (show(c), TrieSet.size(c), TrieSet.mem(c, 9, Hash.hash 9, Nat.equal), TrieSet.contains(c, 1, Hash.hash 1, Nat.equal)));
Debug.print(debug_show (TrieSet.isEmpty(TrieSet.empty<Nat>()), TrieSet.isSubset(TrieSet.intersect(a, b, Nat.equal), a, Nat.equal), TrieSet.equal(a, a, Nat.equal), TrieSet.equal(a, b, Nat.equal)));
