// Generic type definitions that refer to definitions below them and to
// each other (as Trie.mo and core's Types.mo do).
import Debug "mo:base/Debug";

type Trie<K, V> = { #empty; #leaf : Leaf<K, V>; #branch : Branch<K, V> };
type Branch<K, V> = { size : Nat; left : Trie<K, V>; right : Trie<K, V> };
type Leaf<K, V> = { size : Nat; keyvals : AssocList<Key<K>, V> };
type AssocList<K, V> = List<(K, V)>;
type List<T> = ?(T, List<T>);
type Key<K> = { hash : Nat32; key : K };

let leaf : Trie<Text, Nat> = #leaf { size = 1; keyvals = ?(({ hash = 7; key = "a" }, 1), null) };
let t : Trie<Text, Nat> = #branch { size = 1; left = leaf; right = #empty };
Debug.print(debug_show t);

type Bounded<T <: Wrapped<Nat>> = [T];
type Wrapped<A> = { value : A };
let b : Bounded<{ value : Nat; extra : Bool }> = [{ value = 2; extra = true }];
Debug.print(debug_show b.size());
