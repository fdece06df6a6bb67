// Version 2 of the two-region log (adds `latest`). A log kept in two stable regions: `bytes` holds the entries' UTF-8 text
// back to back, `index` holds each entry's start and end (two Nat64s). The
// regions are stable variables: an upgrade keeps them, their ids and their
// pages, and the new version goes on appending.
import Region "mo:base/Region";
import Array "mo:base/Array";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Text "mo:base/Text";

actor StableMultiLog {
  stable let bytes = Region.new();
  stable let index = Region.new();
  stable var count : Nat64 = 0;
  stable var end : Nat64 = 0;

  // Makes room for `extra` bytes past `used` in region r.
  func reserve(r : Region.Region, used : Nat64, extra : Nat64) {
    let needed = (used + extra + 65_535) / 65_536;
    let have = Region.size(r);
    if (needed > have) {
      assert Region.grow(r, needed - have) != 0xFFFF_FFFF_FFFF_FFFF;
    };
  };

  public func add(entry : Text) : async Nat64 {
    let blob = Text.encodeUtf8(entry);
    let length = Nat64.fromNat(blob.size());
    reserve(bytes, end, length);
    reserve(index, count * 16, 16);
    Region.storeBlob(bytes, end, blob);
    Region.storeNat64(index, count * 16, end);
    Region.storeNat64(index, count * 16 + 8, end + length);
    // v2 refuses empty entries, after writing: the trap undoes the writes.
    if (length == 0) Debug.trap("empty entries are not allowed");
    end += length;
    count += 1;
    count - 1
  };

  public query func get(n : Nat64) : async ?Text {
    if (n >= count) return null;
    let from = Region.loadNat64(index, n * 16);
    let to = Region.loadNat64(index, n * 16 + 8);
    Text.decodeUtf8(Region.loadBlob(bytes, from, Nat64.toNat(to - from)))
  };

  public query func size() : async Nat64 { count };

  // New in v2: the last n entries, newest first.
  public query func latest(n : Nat64) : async [Text] {
    var out : [Text] = [];
    var i = count;
    while (i > 0 and Nat64.fromNat(out.size()) < n) {
      i -= 1;
      let from = Region.loadNat64(index, i * 16);
      let to = Region.loadNat64(index, i * 16 + 8);
      switch (Text.decodeUtf8(Region.loadBlob(bytes, from, Nat64.toNat(to - from)))) {
        case (?text) out := Array.append(out, [text]);
        case null {};
      };
    };
    out
  };

  // A region made by this version only: its id follows the old ones.
  let scratch = Region.new();

  Debug.print("StableMultiLog v2: regions " # debug_show (Region.id(bytes), Region.id(index), Region.id(scratch)) # ", " # debug_show count # " entries");
};
