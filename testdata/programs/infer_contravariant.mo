// Type arguments inferred from a function argument's parameters are bounds
// from above: an argument `(K, (K, Any)) -> Int8` fits a parameter `(B, A) -> Int8`
// whose A a mutable array fixes to `(K, V)`.
import Debug "mo:base/Debug";

type Cmp<B, A> = (B, A) -> Int8;

func search<B, A>(arr : [var ?A], cmp : Cmp<B, A>, key : B) : Int {
  var i = 0;
  for (x in arr.vals()) {
    switch x {
      case (?a) if (cmp(key, a) == 0) return i;
      case null {};
    };
    i += 1;
  };
  -1;
};

func byKey<K, V>(cmp : (K, K) -> Int8) : Cmp<K, (K, V)> = func(k : K, kv : (K, V)) : Int8 = cmp(k, kv.0);

func natCmp(a : Nat, b : Nat) : Int8 = if (a < b) -1 else if (a > b) 1 else 0;

let entries : [var ?(Nat, Text)] = [var ?(1, "one"), null, ?(3, "three")];
Debug.print(debug_show search(entries, byKey(natCmp), 3));

func lookup<K, V>(arr : [var ?(K, V)], cmp : (K, K) -> Int8, key : K) : Int = search(arr, byKey(cmp), key);
Debug.print(debug_show lookup(entries, natCmp, 2));
