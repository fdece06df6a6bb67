// Nat8.fromNat traps when the value does not fit.
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";

Debug.print(debug_show Nat8.fromNat(255));
let big = 256;
Debug.print(debug_show Nat8.fromNat(big));
// trap-span: 7.24-7.41
