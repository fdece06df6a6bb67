// A scalable log of blobs kept in two regions working together: `bytes` holds
// the blobs back to back, `elems` holds a 16-byte element (position, size) per
// blob, so any blob is read in constant time without touching the others.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";
import Option "mo:base/Option";

class BlobLog() {
  let bytes = Region.new();
  var bytesCount : Nat64 = 0;
  let elems = Region.new();
  var elemsCount : Nat64 = 0;
  let elemSize : Nat64 = 16;

  // Grows a region so that it holds at least byteCount bytes.
  func ensureSizeBytes(r : Region.Region, byteCount : Nat64) {
    let pages = Region.size(r);
    if (byteCount > pages << 16) {
      let newPages = ((byteCount + ((1 << 16) - 1)) / (1 << 16)) - pages;
      assert Region.grow(r, newPages) == pages;
    };
  };

  public func size() : Nat64 { elemsCount };

  public func add(blob : Blob) : Nat64 {
    let index = elemsCount;
    elemsCount += 1;
    let position = bytesCount;
    bytesCount += Nat64.fromNat(blob.size());
    ensureSizeBytes(bytes, bytesCount);
    Region.storeBlob(bytes, position, blob);
    ensureSizeBytes(elems, elemsCount * elemSize);
    Region.storeNat64(elems, index * elemSize, position);
    Region.storeNat64(elems, index * elemSize + 8, Nat64.fromNat(blob.size()));
    index
  };

  public func get(index : Nat64) : Blob {
    assert index < elemsCount;
    let position = Region.loadNat64(elems, index * elemSize);
    let size = Region.loadNat64(elems, index * elemSize + 8);
    Region.loadBlob(bytes, position, Nat64.toNat(size))
  };

  public func pages() : (Nat64, Nat64) { (Region.size(bytes), Region.size(elems)) };
};

let log = BlobLog();
for (message in ["started", "user ada logged in", "user ada logged out", "stopped"].vals()) {
  let index = log.add(Text.encodeUtf8(message));
  Debug.print("added #" # Nat64.toText(index) # ": " # message);
};

// A large entry (10 * 2^14 characters): the bytes region grows from one page to three.
var big = "0123456789";
var i = 0;
while (i < 14) {
  big #= big;
  i += 1;
};
let bigIndex = log.add(Text.encodeUtf8(big));
Debug.print("added #" # Nat64.toText(bigIndex) # ": " # debug_show Text.size(big) # " characters");

Debug.print("entries: " # Nat64.toText(log.size()) # ", pages (bytes, elems): " # debug_show log.pages());
for (index in [2, 0, 3].vals()) {
  let text = Option.get(Text.decodeUtf8(log.get(Nat64.fromNat(index))), "?");
  Debug.print("get(" # debug_show index # ") = " # text);
};
Debug.print("the big entry round-trips: " # debug_show (log.get(bigIndex) == Text.encodeUtf8(big)));
