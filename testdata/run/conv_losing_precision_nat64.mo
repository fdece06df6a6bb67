// Nat64.fromNat traps on 2 ** 64.
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let limit : Nat = 2 ** 64;
Debug.print(debug_show Nat64.fromNat(limit - 1));
Debug.print(debug_show Nat64.fromNat(limit));
// trap-span: 7.24-7.44
