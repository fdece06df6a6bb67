// debug_show of Nat groups digits by three with `_`; Nat.toText does not.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

Debug.print(debug_show 0);
Debug.print(debug_show 7);
Debug.print(debug_show 999);
Debug.print(debug_show 1000);
Debug.print(debug_show 123_456_789);
Debug.print(debug_show (2 ** 70));
Debug.print(Nat.toText(1_000_000));
Debug.print(debug_show 0xFF);
