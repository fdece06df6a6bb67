import Nat32 "mo:base/Nat32";
import Debug "mo:base/Debug";

Debug.print(debug_show (Nat32.fromNat(Nat32.toNat(Nat32.maximumValue))));
Debug.print(debug_show (Nat32.fromNat(Nat32.toNat(Nat32.maximumValue) + 1)));
// trap: Nat32.fromNat(Nat32.toNat(Nat32.maximumValue) + 1)
