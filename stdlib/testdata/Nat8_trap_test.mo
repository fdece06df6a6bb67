import Nat8 "mo:base/Nat8";
import Debug "mo:base/Debug";

Debug.print(debug_show (Nat8.fromNat(Nat8.toNat(Nat8.maximumValue))));
Debug.print(debug_show (Nat8.fromNat(Nat8.toNat(Nat8.maximumValue) + 1)));
// trap: Nat8.fromNat(Nat8.toNat(Nat8.maximumValue) + 1)
