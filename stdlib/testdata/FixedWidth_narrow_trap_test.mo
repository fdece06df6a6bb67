import Nat32 "mo:base/Nat32";
import Debug "mo:base/Debug";

Debug.print(debug_show Nat32.toNat16(65_535));
Debug.print(debug_show Nat32.toNat16(65_536));
// trap: Nat32.toNat16(65_536)
