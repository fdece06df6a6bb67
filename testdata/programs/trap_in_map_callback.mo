// Normalising scores with Array.map: a callback divides by a zero maximum.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

func normalise(scores : [Nat]) : [Nat] {
  let max = Array.foldLeft<Nat, Nat>(scores, 0, func(m, s) = if (s > m) s else m);
  Array.map<Nat, Nat>(scores, func s = s * 100 / max)
};

Debug.print(debug_show normalise([3, 6, 12]));
Debug.print(debug_show normalise([50]));
Debug.print(debug_show normalise([]));
Debug.print(debug_show normalise([0, 0]));
Debug.print("not reached");
