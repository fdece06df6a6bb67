// Version 3 of the log keeps each entry's offset and length together, in
// a stable array of records. Its migration function reads the old
// `offsets` and builds the new `index` from them; `end` carries over as is.
import StableMemory "mo:base/ExperimentalStableMemory";
import Array "mo:base/Array";
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Text "mo:base/Text";

(with migration = func(old : { offsets : [Nat64] }) : { index : [{ at : Nat64; length : Nat32 }] } {
  { index = Array.map<Nat64, { at : Nat64; length : Nat32 }>(old.offsets, func(at) = { at; length = StableMemory.loadNat32(at) }) }
})
actor StableLog {
  stable var index : [{ at : Nat64; length : Nat32 }] = [];
  stable var end : Nat64 = 0;

  public query func entries() : async [(Nat, Text)] {
    Array.tabulate<(Nat, Text)>(index.size(), func(n) {
      let e = index[n];
      switch (Text.decodeUtf8(StableMemory.loadBlob(e.at + 4, Nat32.toNat(e.length)))) {
        case (?text) (n, text);
        case null (n, "");
      }
    })
  };

  Debug.print("StableLog v3: " # debug_show index.size() # " entries end at byte " # debug_show end);
};
