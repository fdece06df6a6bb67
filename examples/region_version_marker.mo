// Versioning: a format version is kept at offset 0 and checked before the data
// is used, so that old layouts stay readable after the format changes.
// Version 1 keeps a counter as a Nat32 at offset 8; version 2 as a Nat64 at 16.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";

let myRegion = Region.new();

func initialize() {
  if (Region.size(myRegion) == 0) {
    ignore Region.grow(myRegion, 1);
    Region.storeNat64(myRegion, 0, 1);
    Debug.print("initialized an empty region with version 1");
  } else {
    Debug.print("already initialized, version " # Nat64.toText(Region.loadNat64(myRegion, 0)));
  };
};

func readCounter() : Nat {
  let version = Region.loadNat64(myRegion, 0);
  if (version == 1) {
    Nat32.toNat(Region.loadNat32(myRegion, 8))
  } else if (version == 2) {
    Nat64.toNat(Region.loadNat64(myRegion, 16))
  } else {
    Debug.trap("unknown version " # Nat64.toText(version))
  }
};

func writeCounter(value : Nat) {
  let version = Region.loadNat64(myRegion, 0);
  if (version == 1) {
    Region.storeNat32(myRegion, 8, Nat32.fromNat(value))
  } else {
    Region.storeNat64(myRegion, 16, Nat64.fromNat(value))
  };
};

// Moves version 1 data to the version 2 layout, then bumps the marker.
func upgradeToVersion2() {
  if (Region.loadNat64(myRegion, 0) == 1) {
    let counter = readCounter();
    Region.storeNat64(myRegion, 16, Nat64.fromNat(counter));
    Region.storeNat64(myRegion, 0, 2);
    Debug.print("upgraded the layout to version 2");
  } else {
    Debug.print("already at version 2, nothing to upgrade");
  };
};

initialize();
writeCounter(41);
writeCounter(readCounter() + 1);
Debug.print("version " # Nat64.toText(Region.loadNat64(myRegion, 0)) # ", counter " # debug_show readCounter());
initialize();
upgradeToVersion2();
writeCounter(readCounter() * 100_000_000_000);
Debug.print("version " # Nat64.toText(Region.loadNat64(myRegion, 0)) # ", counter " # debug_show readCounter());
upgradeToVersion2();
