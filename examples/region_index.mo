// Index-based layout for variable-sized data: one region holds the data, a
// second region holds, for entry i, its position and size at i * 16.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";
import Option "mo:base/Option";

let indexRegion = Region.new();
let dataRegion = Region.new();
ignore Region.grow(indexRegion, 1);
ignore Region.grow(dataRegion, 1);
var dataPosition : Nat64 = 0;

func storeWithIndex(index : Nat64, data : Blob) {
  let size = Nat64.fromNat(data.size());
  Region.storeNat64(indexRegion, index * 16, dataPosition);
  Region.storeNat64(indexRegion, index * 16 + 8, size);
  Region.storeBlob(dataRegion, dataPosition, data);
  dataPosition += size;
};

func retrieveByIndex(index : Nat64) : Blob {
  let position = Region.loadNat64(indexRegion, index * 16);
  let size = Region.loadNat64(indexRegion, index * 16 + 8);
  Region.loadBlob(dataRegion, position, Nat64.toNat(size))
};

let documents = ["a short note", "a much longer document about stable regions", "x", "the end"];
var n : Nat64 = 0;
for (doc in documents.vals()) {
  storeWithIndex(n, Text.encodeUtf8(doc));
  n += 1;
};
Debug.print("stored " # Nat64.toText(n) # " documents in " # Nat64.toText(dataPosition) # " data bytes");

for (i in [2, 0, 3, 1].vals()) {
  let index = Nat64.fromNat(i);
  let position = Region.loadNat64(indexRegion, index * 16);
  let text = Option.get(Text.decodeUtf8(retrieveByIndex(index)), "?");
  Debug.print("document " # debug_show i # " (at " # Nat64.toText(position) # "): " # text);
};
