// String table: Text stored as UTF-8 blobs with a Nat32 length prefix, addressed by offset.
import Region "mo:base/Region";
import Text "mo:base/Text";
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";

let table = Region.new();
var top : Nat64 = 0;

func reserve(bytes : Nat64) {
  let pages = Region.size(table);
  if (top + bytes > pages * 65_536) {
    let want = (top + bytes + 65_535) / 65_536 - pages;
    if (Region.grow(table, want) == 0xFFFF_FFFF_FFFF_FFFF) Debug.trap("table full");
  };
};

func intern(t : Text) : Nat64 {
  let utf8 = Text.encodeUtf8(t);
  let len = Nat64.fromNat(utf8.size());
  reserve(4 + len);
  let at = top;
  Region.storeNat32(table, at, Nat32.fromNat(utf8.size()));
  Region.storeBlob(table, at + 4, utf8);
  top += 4 + len;
  at;
};

func lookup(at : Nat64) : Text {
  let len = Region.loadNat32(table, at);
  let bytes = Region.loadBlob(table, at + 4, Nat32.toNat(len));
  switch (Text.decodeUtf8(bytes)) {
    case (?t) t;
    case null Debug.trap("corrupt entry at " # Nat64.toText(at));
  };
};

let words = ["alpha", "βeta", "γάμμα", "", "日本語", "emoji 🎉", "tab\there"];
let ids = Array.map<Text, Nat64>(words, intern);
Debug.print(debug_show ids);
Debug.print(debug_show (top, Region.size(table)));
for (id in ids.vals()) {
  let t = lookup(id);
  Debug.print(Nat64.toText(id) # " -> \"" # t # "\" (" # debug_show t.size() # " chars)");
};
// interning the same text twice gives a fresh entry
Debug.print(debug_show (intern("alpha"), lookup(intern("alpha"))));
// a long entry crossing into a second page
let long = Text.join("", Array.map<Nat, Text>(Array.tabulate<Nat>(9_000, func i = i), func i = "abcdefgh")
  .vals());
let longId = intern(long);
Debug.print(debug_show (longId, lookup(longId).size(), Region.size(table)));
// corrupt a length prefix so the entry holds invalid UTF-8
Region.storeNat32(table, ids[1], 1);
Debug.print(lookup(ids[1]));
// trap-span: 36.15-36.65
