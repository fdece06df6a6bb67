// A persistent text log written directly into ExperimentalStableMemory. Each
// entry is the UTF-8 bytes of a message followed by their length as a Nat32,
// so the log is read backwards from `base`, the next free offset.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";
import Option "mo:base/Option";

var base : Nat64 = 0;

// Grows stable memory so that it holds at least `bytes` bytes.
func ensure(bytes : Nat64) {
  let pages = (bytes + 65_535) >> 16;
  let current = StableMemory.size();
  if (pages > current) {
    assert StableMemory.grow(pages - current) == current;
  };
};

func log(t : Text) {
  let blob = Text.encodeUtf8(t);
  let size = Nat64.fromNat(blob.size());
  ensure(base + size + 4);
  StableMemory.storeBlob(base, blob);
  base += size;
  StableMemory.storeNat32(base, Nat32.fromNat(blob.size()));
  base += 4;
};

// Up to `count` messages, most recent first.
func readLast(count : Nat) : [Text] {
  var found : [Text] = [];
  var offset = base;
  var left = count;
  while (left > 0 and offset > 0) {
    offset -= 4;
    let size = Nat64.fromNat(Nat32.toNat(StableMemory.loadNat32(offset)));
    offset -= size;
    let text = Option.get(Text.decodeUtf8(StableMemory.loadBlob(offset, Nat64.toNat(size))), "?");
    found := Array.append<Text>(found, [text]);
    left -= 1;
  };
  found
};

for (message in ["boot", "config loaded", "request 1", "request 2", "héllo wörld"].vals()) {
  log(message);
};
Debug.print("base = " # Nat64.toText(base) # ", pages = " # Nat64.toText(StableMemory.size()));
Debug.print("last 2: " # debug_show readLast(2));
Debug.print("last 10: " # debug_show readLast(10));

// Fill past the first page: the log grows stable memory as it goes.
var n = 0;
while (n < 6_000) {
  log("tick " # debug_show n);
  n += 1;
};
Debug.print("base = " # Nat64.toText(base) # ", pages = " # Nat64.toText(StableMemory.size()));
Debug.print("last 3: " # debug_show readLast(3));
