// ensureCapacity that reports failure instead of trapping, hitting moc's stable-memory limit.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Result "mo:base/Result";

let pageBytes : Nat64 = 65_536;

func ensureCapacity(r : Region.Region, bytes : Nat64) : Result.Result<Nat64, Text> {
  let pages = Region.size(r);
  let have = pages * pageBytes;
  if (bytes <= have) return #ok(pages);
  let missing = (bytes - have + pageBytes - 1) / pageBytes;
  let old = Region.grow(r, missing);
  if (old == 0xFFFF_FFFF_FFFF_FFFF) {
    #err("cannot grow by " # Nat64.toText(missing) # " pages (have " # Nat64.toText(pages) # ")");
  } else {
    #ok(old + missing);
  };
};

let r = Region.new();
Debug.print(debug_show ensureCapacity(r, 1));
Debug.print(debug_show ensureCapacity(r, 65_536));
Debug.print(debug_show ensureCapacity(r, 65_537));
Debug.print(debug_show ensureCapacity(r, 100 * pageBytes));
// a huge request fails and leaves the region as it was
Debug.print(debug_show ensureCapacity(r, 70_000 * pageBytes));
Debug.print(debug_show Region.size(r));
// the largest that still fits for a single fresh region
let s = Region.new();
Debug.print(debug_show ensureCapacity(s, 65_000 * pageBytes));
Debug.print(debug_show ensureCapacity(s, 65_408 * pageBytes));
Debug.print(debug_show Region.size(s));
Debug.print(debug_show (Region.grow(r, 1), Region.size(r)));
// bytes near 2^64 overflow the page arithmetic
Debug.print(debug_show ensureCapacity(r, 0xFFFF_FFFF_FFFF_FFF0));
