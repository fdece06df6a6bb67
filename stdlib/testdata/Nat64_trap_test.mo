import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";

Debug.print(debug_show (Nat64.fromNat(Nat64.toNat(Nat64.maximumValue))));
Debug.print(debug_show (Nat64.fromNat(Nat64.toNat(Nat64.maximumValue) + 1)));
// trap: Nat64.fromNat(Nat64.toNat(Nat64.maximumValue) + 1)
