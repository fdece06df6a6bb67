import Array "mo:base/Array";
import Debug "mo:base/Debug";

let xs : [Nat] = [1, 2, 3];
Debug.print(debug_show (Array.subArray<Nat>(xs, 1, 2)));
Debug.print(debug_show (Array.subArray<Nat>(xs, 2, 2)));
// trap: Array.subArray<Nat>(xs, 2, 2)
