// Reading a length-prefixed record from ExperimentalStableMemory past the end of the memory.
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Nat64 "mo:base/Nat64";
import Nat16 "mo:base/Nat16";

func writeRecord(at : Nat64, t : Text) : Nat64 {
  let b = Text.encodeUtf8(t);
  StableMemory.storeNat16(at, Nat16.fromNat(b.size()));
  StableMemory.storeBlob(at + 2, b);
  at + 2 + Nat64.fromNat(b.size());
};

func readRecord(at : Nat64) : (Text, Nat64) {
  let len = Nat16.toNat(StableMemory.loadNat16(at));
  let b = StableMemory.loadBlob(at + 2, len);
  let t = switch (Text.decodeUtf8(b)) { case (?t) t; case null "<binary>" };
  (t, at + 2 + Nat64.fromNat(len));
};

ignore StableMemory.grow(1);
var end = writeRecord(0, "first");
end := writeRecord(end, "second record");
// the last record is written right at the end of the page
let last = 65_536 - 2 - 4 : Nat64;
ignore writeRecord(last, "tail");
var at : Nat64 = 0;
while (at < end) {
  let (t, next) = readRecord(at);
  Debug.print(debug_show (at, t));
  at := next;
};
Debug.print(debug_show readRecord(last));
// a stray length near the end makes the reader run off the memory
StableMemory.storeNat16(65_534, 1);
Debug.print(debug_show readRecord(65_534));
// trap-span: 17.11-17.45
