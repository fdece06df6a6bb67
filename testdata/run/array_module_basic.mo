// Array construction and transformation from the base library.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let squares = Array.tabulate<Nat>(5, func i = i * i);
Debug.print(debug_show squares);
let zeros = Array.init<Int>(3, 0);
zeros[1] := -4;
Debug.print(debug_show zeros);
Debug.print(debug_show Array.map<Nat, Text>(squares, func n = debug_show n));
Debug.print(debug_show Array.filter<Nat>(squares, func n = n % 2 == 0));
Debug.print(debug_show Array.append<Nat>([1, 2], [3]));
Debug.print(debug_show Array.reverse<Nat>(squares));
