// 256 does not fit in Nat8.
import Debug "mo:base/Debug";

let x : Nat8 = 256;
Debug.print(debug_show x);
