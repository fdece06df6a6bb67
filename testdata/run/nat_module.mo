// Nat functions from the base library.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

Debug.print(Nat.toText(12_345));
Debug.print(debug_show (Nat.fromText("42"), Nat.fromText("4x2"), Nat.fromText("")));
Debug.print(debug_show (Nat.max(3, 9), Nat.min(3, 9)));
Debug.print(debug_show (Nat.compare(1, 2), Nat.compare(2, 2), Nat.compare(3, 2)));
Debug.print(debug_show (Nat.equal(4, 4), Nat.less(4, 4), Nat.less(3, 4)));
Debug.print(debug_show (Nat.add(2, 3), Nat.sub(9, 3), Nat.mul(4, 5)));
Debug.print(debug_show (Nat.div(17, 5), Nat.rem(17, 5), Nat.pow(3, 4)));
