// Creating a region and growing it page by page. grow returns the previous
// size in pages, or 0xFFFF_FFFF_FFFF_FFFF when the pages are not available.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let pageSize : Nat64 = 65_536;
let myRegion = Region.new();
Debug.print("new region " # debug_show Region.id(myRegion) # " has " # Nat64.toText(Region.size(myRegion)) # " pages");

let previous = Region.grow(myRegion, 10);
Debug.print("grew by 10 pages; previous size was " # Nat64.toText(previous));
Debug.print("now " # Nat64.toText(Region.size(myRegion)) # " pages = " # Nat64.toText(Region.size(myRegion) * pageSize) # " bytes");

let again = Region.grow(myRegion, 5);
Debug.print("grew by 5 more; previous size was " # Nat64.toText(again) # ", now " # Nat64.toText(Region.size(myRegion)));

let failed = Region.grow(myRegion, 1_000_000);
if (failed == 0xFFFF_FFFF_FFFF_FFFF) {
  Debug.print("growing by 1_000_000 pages failed; size is still " # Nat64.toText(Region.size(myRegion)));
} else {
  Debug.print("unexpectedly grew from " # Nat64.toText(failed));
};

// Pages start zeroed.
Debug.print("last byte of the region: " # debug_show Region.loadNat8(myRegion, Region.size(myRegion) * pageSize - 1));
