// Nat8..Nat64 conversions from the base library.
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";
import Nat16 "mo:base/Nat16";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";

let a = Nat8.fromNat(200);
Debug.print(debug_show (a, Nat8.toNat(a) + 100, Nat8.toText(a)));
Debug.print(debug_show (Nat8.fromIntWrap(-1), Nat8.fromIntWrap(300), Nat8.maximumValue));
let b = Nat16.fromNat(60_000);
Debug.print(debug_show (b, Nat16.toNat(b), Nat16.toText(b), Nat16.fromIntWrap(65_537)));
let c = Nat32.fromNat(4_000_000_000);
Debug.print(debug_show (c, Nat32.toNat(c) * 2, Nat32.toText(c), Nat32.maximumValue));
let d = Nat64.fromNat(2 ** 63);
Debug.print(debug_show (d, Nat64.toNat(d), Nat64.toText(d), Nat64.fromIntWrap(-2)));
Debug.print(debug_show Nat64.maximumValue);
Debug.print(debug_show Nat16.maximumValue);
