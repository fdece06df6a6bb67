// Hash map from Nat64 keys to Nat64 values over a Region, open addressing with linear probing.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let capacity : Nat64 = 1024; // slots; must be a power of two
let slotBytes : Nat64 = 17;  // tag : Nat8, key : Nat64, value : Nat64
let empty : Nat8 = 0;
let used : Nat8 = 1;
let tomb : Nat8 = 2;

let r = Region.new();
let pagesNeeded = (capacity * slotBytes + 65_535) / 65_536;
assert Region.grow(r, pagesNeeded) == 0;

func hash(k : Nat64) : Nat64 {
  var h = k *% 0x9E37_79B9_7F4A_7C15;
  h ^= h >> 29;
  h & (capacity - 1);
};

func slot(i : Nat64) : Nat64 = i * slotBytes;

func put(k : Nat64, v : Nat64) {
  var i = hash(k);
  var probes : Nat64 = 0;
  loop {
    let tag = Region.loadNat8(r, slot(i));
    if (tag != used or Region.loadNat64(r, slot(i) + 1) == k) {
      Region.storeNat8(r, slot(i), used);
      Region.storeNat64(r, slot(i) + 1, k);
      Region.storeNat64(r, slot(i) + 9, v);
      return;
    };
    i := (i + 1) & (capacity - 1);
    probes += 1;
    if (probes == capacity) Debug.trap("map full");
  };
};

func get(k : Nat64) : ?Nat64 {
  var i = hash(k);
  label probing loop {
    let tag = Region.loadNat8(r, slot(i));
    if (tag == empty) break probing;
    if (tag == used and Region.loadNat64(r, slot(i) + 1) == k) {
      return ?Region.loadNat64(r, slot(i) + 9);
    };
    i := (i + 1) & (capacity - 1);
  };
  null;
};

func remove(k : Nat64) : Bool {
  var i = hash(k);
  loop {
    let tag = Region.loadNat8(r, slot(i));
    if (tag == empty) return false;
    if (tag == used and Region.loadNat64(r, slot(i) + 1) == k) {
      Region.storeNat8(r, slot(i), tomb);
      return true;
    };
    i := (i + 1) & (capacity - 1);
  };
};

var k : Nat64 = 1;
while (k <= 700) {
  put(k * 7919, k);
  k += 1;
};
Debug.print(debug_show (get(7919), get(700 * 7919), get(3)));
Debug.print(debug_show (remove(7919 * 5), remove(7919 * 5), get(7919 * 5)));
put(7919 * 6, 600_000);
Debug.print(debug_show get(7919 * 6));
var found : Nat64 = 0;
var total : Nat64 = 0;
k := 1;
while (k <= 700) {
  switch (get(k * 7919)) { case (?v) { found += 1; total += v }; case null {} };
  k += 1;
};
Debug.print("found " # Nat64.toText(found) # " total " # Nat64.toText(total));
Debug.print(debug_show (Region.size(r), Region.id(r)));
