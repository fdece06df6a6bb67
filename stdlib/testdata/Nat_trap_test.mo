import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

Debug.print(debug_show (Nat.sub(5, 3)));
Debug.print(debug_show (Nat.sub(3, 5)));
// trap: Nat.sub(3, 5)
