// Troubleshooting: reading past the end of a region traps. Check the size (or
// grow first) before an access near the end.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let r = Region.new();
ignore Region.grow(r, 1);
let end = Region.size(r) * 65_536;
Debug.print("the region ends at byte " # Nat64.toText(end));

func safeLoad(offset : Nat64) : ?Nat64 {
  if (offset + 8 <= Region.size(r) * 65_536) ?Region.loadNat64(r, offset) else null
};
Debug.print("safe load at end - 8: " # debug_show safeLoad(end - 8));
Debug.print("safe load at end - 4: " # debug_show safeLoad(end - 4));
Debug.print("now an unchecked load at end - 4...");
let value = Region.loadNat64(r, end - 4);
Debug.print("not reached: " # debug_show value);
