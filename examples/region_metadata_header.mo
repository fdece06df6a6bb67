// A metadata header at the start of the region records the format version,
// the number of entries and the next free position, so the state of the
// region is known without scanning it.
//   offset 0: version, 8: entry count, 16: next free position, 24: data
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

type Metadata = { version : Nat64; count : Nat64; position : Nat64 };
let headerSize : Nat64 = 24;
let myRegion = Region.new();
ignore Region.grow(myRegion, 1);

func updateMetadata(m : Metadata) {
  Region.storeNat64(myRegion, 0, m.version);
  Region.storeNat64(myRegion, 8, m.count);
  Region.storeNat64(myRegion, 16, m.position);
};

func getMetadata() : Metadata {
  {
    version = Region.loadNat64(myRegion, 0);
    count = Region.loadNat64(myRegion, 8);
    position = Region.loadNat64(myRegion, 16);
  }
};

// Entries here are Float readings, 8 bytes each.
func addReading(value : Float) {
  let m = getMetadata();
  Region.storeFloat(myRegion, m.position, value);
  updateMetadata({ version = m.version; count = m.count + 1; position = m.position + 8 });
};

updateMetadata({ version = 1; count = 0; position = headerSize });
Debug.print("fresh header: " # debug_show getMetadata());
for (reading in [20.5, 21.25, 19.75].vals()) {
  addReading(reading);
};
let m = getMetadata();
Debug.print("after three readings: " # debug_show m);
var sum = 0.0;
var at = headerSize;
while (at < m.position) {
  sum += Region.loadFloat(myRegion, at);
  at += 8;
};
Debug.print("sum of the " # Nat64.toText(m.count) # " readings: " # debug_show sum);
Debug.print("raw header bytes: " # debug_show Region.loadBlob(myRegion, 0, 24));
