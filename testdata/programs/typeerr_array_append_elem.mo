// Appending a single element instead of an array to Array.append.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

var xs : [Nat] = [1, 2];
xs := Array.append<Nat>(xs, 3);
Debug.print(debug_show xs);
