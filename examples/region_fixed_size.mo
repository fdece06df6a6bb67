// Fixed-size entries: memory is cut into 100-byte slots, so entry i lives at
// i * ENTRY_SIZE. Each slot starts with a length byte, then the data.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";
import Option "mo:base/Option";

let ENTRY_SIZE : Nat64 = 100;
let myRegion = Region.new();
ignore Region.grow(myRegion, 1);

func storeEntry(index : Nat64, data : Blob) {
  assert Nat64.fromNat(data.size()) < ENTRY_SIZE;
  let position = index * ENTRY_SIZE;
  Region.storeNat8(myRegion, position, Nat8.fromNat(data.size()));
  Region.storeBlob(myRegion, position + 1, data);
};

func readEntry(index : Nat64) : Blob {
  let position = index * ENTRY_SIZE;
  let size = Nat8.toNat(Region.loadNat8(myRegion, position));
  Region.loadBlob(myRegion, position + 1, size)
};

let names = ["Ada", "Grace", "Barbara", "Frances", "Radia"];
var i : Nat64 = 0;
for (name in names.vals()) {
  storeEntry(i, Text.encodeUtf8(name));
  i += 1;
};
Debug.print("stored " # Nat64.toText(i) # " entries of " # Nat64.toText(ENTRY_SIZE) # " bytes");

func show(index : Nat64) {
  Debug.print("entry " # Nat64.toText(index) # " at offset " # Nat64.toText(index * ENTRY_SIZE) # ": \"" # Option.get(Text.decodeUtf8(readEntry(index)), "?") # "\"");
};
show(3);
show(0);
storeEntry(3, Text.encodeUtf8("Lynn"));
show(3);
show(4);
show(7);
