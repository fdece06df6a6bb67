// Hand-written generic map/filter/fold/zip over arrays, compared with the Array module.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Order "mo:base/Order";

func myMap<A, B>(xs : [A], f : A -> B) : [B] = Array.tabulate<B>(xs.size(), func i = f(xs[i]));

func myFilter<A>(xs : [A], p : A -> Bool) : [A] {
  var out : [A] = [];
  for (x in xs.vals()) if (p x) out := Array.append<A>(out, [x]);
  out
};

func fold<A, R>(xs : [A], init : R, f : (R, A) -> R) : R {
  var acc = init;
  for (x in xs.vals()) acc := f(acc, x);
  acc
};

func zip<A, B>(xs : [A], ys : [B]) : [(A, B)] =
  Array.tabulate<(A, B)>(Nat.min(xs.size(), ys.size()), func i = (xs[i], ys[i]));

func maxBy<A>(xs : [A], cmp : (A, A) -> Order.Order) : ?A {
  fold<A, ?A>(xs, null, func(best, x) {
    switch best {
      case null ?x;
      case (?b) if (Order.isLess(cmp(b, x))) ?x else best;
    }
  })
};

let nums = [4, 8, 15, 16, 23, 42];
let names = ["four", "eight", "fifteen", "sixteen", "twenty-three"];
Debug.print(debug_show myMap<Nat, Nat>(nums, func n = n * 2));
Debug.print(debug_show (myMap<Nat, Nat>(nums, func n = n % 5) == Array.map<Nat, Nat>(nums, func n = n % 5)));
Debug.print(debug_show myFilter<Nat>(nums, func n = n % 2 == 1));
Debug.print(debug_show Array.filter<Nat>(nums, func n = n > 100));
Debug.print(debug_show fold<Nat, Nat>(nums, 0, Nat.add));
Debug.print(debug_show Array.foldRight<Nat, Text>(nums, "", func(n, acc) = acc # Nat.toText(n)));
Debug.print(debug_show zip<Nat, Text>(nums, names));
Debug.print(debug_show maxBy<Text>(names, func(a, b) = Nat.compare(a.size(), b.size())));
Debug.print(debug_show maxBy<Text>(names, Text.compare));
Debug.print(debug_show maxBy<Nat>([], Nat.compare));
Debug.print(debug_show Array.reverse<Text>(names));
Debug.print(debug_show Array.find<Nat>(nums, func n = n > 15));
Debug.print(debug_show Array.thaw<Nat>([1, 2]));
