// Type arguments of a generic call whose result is a tuple, checked
// against a tuple (a recursive call, as core's Map does), and of a fold
// whose seed is generic and whose combining function fixes the
// accumulator (as core's pure/Set.filterMap does).
import Debug "mo:base/Debug";

type Node<K, V> = { #leaf : (K, V); #inner : [var ?Node<K, V>] };

func last<K, V>(node : ?Node<K, V>) : (K, V) {
  switch (node) {
    case (?#leaf(kv)) kv;
    case (?#inner(children)) last(children[children.size() - 1]);
    case null Debug.trap("empty");
  }
};
let tree : Node<Nat, Text> = #inner([var ?#leaf(1, "a"), ?#inner([var ?#leaf(2, "b")])]);
Debug.print(debug_show last(?tree));

type Bag<T> = { items : [T] };
func empty<T>() : Bag<T> = { items = [] };
func fold<T, A>(xs : [T], base : A, combine : (A, T) -> A) : A {
  var acc = base;
  for (x in xs.vals()) { acc := combine(acc, x) };
  acc
};
func keepEven<T>(xs : [T], key : T -> Nat) : Bag<T> {
  func add(bag : Bag<T>, x : T) : Bag<T> {
    if (key(x) % 2 == 0) { { items = [x] } } else bag
  };
  fold(xs, empty(), add)
};
Debug.print(debug_show keepEven<Nat>([1, 2, 3], func n = n));
