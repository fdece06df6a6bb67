// A paged key-value store: each page of a Region holds a small sorted bucket of (Text key, Nat64 value).
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Nat16 "mo:base/Nat16";
import Char "mo:base/Char";
import Array "mo:base/Array";

let buckets : Nat64 = 4;
let store = Region.new();
assert Region.grow(store, buckets) == 0;

type Entry = { key : Text; value : Nat64 };
type Lookup = { #found : Nat64; #missing; #corrupt : Text };

func bucketOf(key : Text) : Nat64 {
  var h : Nat32 = 2_166_136_261;
  for (c in key.chars()) { h := (h ^ Char.toNat32(c)) *% 16_777_619 };
  Nat64.fromNat(Nat32.toNat(h)) % buckets;
};

// page layout: count : Nat16, then entries (keyLen : Nat16, key bytes, value : Nat64)
func entries(b : Nat64) : [Entry] {
  let base = b * 65_536;
  var at = base + 2;
  var out : [Entry] = [];
  var i = 0;
  let n = Nat16.toNat(Region.loadNat16(store, base));
  while (i < n) {
    let len = Nat16.toNat(Region.loadNat16(store, at));
    let ?key = Text.decodeUtf8(Region.loadBlob(store, at + 2, len)) else Debug.trap("bad key");
    let value = Region.loadNat64(store, at + 2 + Nat64.fromNat(len));
    out := Array.append(out, [{ key; value }]);
    at += 10 + Nat64.fromNat(len);
    i += 1;
  };
  out;
};

func write(b : Nat64, es : [Entry]) {
  let base = b * 65_536;
  Region.storeNat16(store, base, Nat16.fromNat(es.size()));
  var at = base + 2;
  for (e in es.vals()) {
    let bytes = Text.encodeUtf8(e.key);
    Region.storeNat16(store, at, Nat16.fromNat(bytes.size()));
    Region.storeBlob(store, at + 2, bytes);
    Region.storeNat64(store, at + 2 + Nat64.fromNat(bytes.size()), e.value);
    at += 10 + Nat64.fromNat(bytes.size());
  };
};

func put(key : Text, value : Nat64) {
  let b = bucketOf(key);
  let old = entries(b);
  let kept = Array.filter<Entry>(old, func e = e.key != key);
  let sorted = Array.tabulate<Entry>(kept.size() + 1, func i {
    // insert in key order
    var below = 0;
    for (e in kept.vals()) if (e.key < key) below += 1;
    if (i < below) kept[i] else if (i == below) ({ key; value }) else kept[i - 1];
  });
  write(b, sorted);
};

func get(key : Text) : Lookup {
  switch (Array.find<Entry>(entries(bucketOf(key)), func e = e.key == key)) {
    case (?{ value }) #found value;
    case null #missing;
  };
};

for ((k, v) in [("apple", 3), ("banana", 12), ("cherry", 7), ("date", 1), ("elderberry", 99), ("fig", 0)].vals()) {
  put(k, Nat64.fromNat(v));
};
put("banana", 13);
var b : Nat64 = 0;
while (b < buckets) {
  Debug.print(debug_show (b, entries(b)));
  b += 1;
};
Debug.print(debug_show (get("banana"), get("grape"), get("fig")));
// a bucket whose count claims more entries than were written runs into zeroed bytes: empty keys
Region.storeNat16(store, 0, Region.loadNat16(store, 0) + 2);
Debug.print(debug_show entries(0));
// a key with invalid UTF-8
Region.storeNat16(store, 2, 1);
Region.storeNat8(store, 4, 0xC3);
Debug.print(debug_show entries(0));
// trap-span: 33.74-33.95
