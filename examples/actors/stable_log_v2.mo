// Version 2 of the log (adds `all`). A log of text entries kept in ExperimentalStableMemory: each entry is its
// length (a Nat32) followed by its UTF-8 bytes, appended at the end. The
// offsets of the entries are a stable variable, so both survive upgrades.
import StableMemory "mo:base/ExperimentalStableMemory";
import Array "mo:base/Array";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Text "mo:base/Text";

actor StableLog {
  stable var offsets : [Nat64] = [];
  stable var end : Nat64 = 0;

  // Grows stable memory so that `bytes` more bytes fit after `end`.
  func reserve(bytes : Nat64) {
    let needed = (end + bytes + 65_535) / 65_536;
    let have = StableMemory.size();
    if (needed > have) {
      assert StableMemory.grow(needed - have) != 0xFFFF_FFFF_FFFF_FFFF;
    };
  };

  public func add(entry : Text) : async Nat {
    let bytes = Text.encodeUtf8(entry);
    let length = Nat64.fromNat(bytes.size());
    reserve(4 + length);
    StableMemory.storeNat32(end, Nat64.toNat32(length));
    StableMemory.storeBlob(end + 4, bytes);
    offsets := Array.append(offsets, [end]);
    end += 4 + length;
    offsets.size() - 1
  };

  public query func size() : async Nat { offsets.size() };

  public query func get(n : Nat) : async ?Text {
    if (n >= offsets.size()) return null;
    let at = offsets[n];
    let length = StableMemory.loadNat32(at);
    Text.decodeUtf8(StableMemory.loadBlob(at + 4, Nat32.toNat(length)))
  };

  // New in v2: every entry at once.
  public query func all() : async [Text] {
    Array.tabulate<Text>(offsets.size(), func(n) {
      let at = offsets[n];
      let length = StableMemory.loadNat32(at);
      switch (Text.decodeUtf8(StableMemory.loadBlob(at + 4, Nat32.toNat(length)))) {
        case (?text) text;
        case null "";
      }
    })
  };

  Debug.print("StableLog v2: " # debug_show offsets.size() # " entries, " # debug_show StableMemory.size() # " pages");
};
