// Array.subArray traps when the slice runs past the end.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let xs = [1, 2, 3];
Debug.print(debug_show Array.subArray<Nat>(xs, 1, 2));
Debug.print(debug_show Array.subArray<Nat>(xs, 2, 2));
// trap-span: 7.24-7.53
