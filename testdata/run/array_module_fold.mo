// Folds, search and slicing from the base library.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let xs = [3, 1, 4, 1, 5];
Debug.print(debug_show Array.foldLeft<Nat, Nat>(xs, 0, func(acc, x) = acc + x));
Debug.print(Array.foldLeft<Nat, Text>(xs, "", func(acc, x) = acc # debug_show x));
Debug.print(Array.foldRight<Nat, Text>(xs, "", func(x, acc) = acc # debug_show x));
Debug.print(debug_show Array.find<Nat>(xs, func x = x > 3));
Debug.print(debug_show Array.find<Nat>(xs, func x = x > 9));
Debug.print(debug_show Array.subArray<Nat>(xs, 1, 3));
Debug.print(debug_show Array.subArray<Nat>(xs, 5, 0));
