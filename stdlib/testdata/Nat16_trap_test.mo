import Nat16 "mo:base/Nat16";
import Debug "mo:base/Debug";

Debug.print(debug_show (Nat16.fromNat(Nat16.toNat(Nat16.maximumValue))));
Debug.print(debug_show (Nat16.fromNat(Nat16.toNat(Nat16.maximumValue) + 1)));
// trap: Nat16.fromNat(Nat16.toNat(Nat16.maximumValue) + 1)
