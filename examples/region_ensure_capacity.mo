// Growing a region safely: compute how many pages a byte count needs, rounding
// up, grow only by the missing pages, and check that the grow succeeded.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let bytesPerPage : Nat64 = 65_536;

func ensureCapacity(r : Region.Region, requiredBytes : Nat64) {
  let currentPages = Region.size(r);
  let capacity = currentPages * bytesPerPage;
  if (requiredBytes > capacity) {
    let missing = requiredBytes - capacity;
    let pagesNeeded = (missing + bytesPerPage - 1) / bytesPerPage;
    let result = Region.grow(r, pagesNeeded);
    assert result == currentPages;
    Debug.print("  grew by " # Nat64.toText(pagesNeeded) # " page(s)");
  } else {
    Debug.print("  already large enough");
  };
};

let r = Region.new();
for (bytes in [1, 65_536, 65_537, 200_000, 100, 1_000_000].vals()) {
  let required = Nat64.fromNat(bytes);
  Debug.print("need " # Nat64.toText(required) # " bytes:");
  ensureCapacity(r, required);
  Debug.print("  size " # Nat64.toText(Region.size(r)) # " pages");
};

// The last required byte is now addressable.
Region.storeNat8(r, 999_999, 42);
Debug.print("byte 999_999 holds " # debug_show Region.loadNat8(r, 999_999));
