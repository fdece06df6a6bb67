// Sequential layout: values are appended one after another, each as an 8-byte
// length followed by its bytes; a cursor remembers the next free position.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";
import Option "mo:base/Option";

let myRegion = Region.new();
ignore Region.grow(myRegion, 1);
var nextPosition : Nat64 = 0;

func storeSequential(value : Blob) : Nat64 {
  let position = nextPosition;
  let size = Nat64.fromNat(value.size());
  Region.storeNat64(myRegion, position, size);
  Region.storeBlob(myRegion, position + 8, value);
  nextPosition := position + 8 + size;
  position
};

func readAt(position : Nat64) : Blob {
  let size = Region.loadNat64(myRegion, position);
  Region.loadBlob(myRegion, position + 8, Nat64.toNat(size))
};

for (word in ["alpha", "beta", "gamma", "delta"].vals()) {
  let at = storeSequential(Text.encodeUtf8(word));
  Debug.print("stored " # debug_show word # " at " # Nat64.toText(at));
};
Debug.print("next free position: " # Nat64.toText(nextPosition));

// Walk the region from the start to read everything back in order.
var position : Nat64 = 0;
while (position < nextPosition) {
  let value = readAt(position);
  Debug.print(Nat64.toText(position) # ": " # Option.get(Text.decodeUtf8(value), "?"));
  position += 8 + Nat64.fromNat(value.size());
};
