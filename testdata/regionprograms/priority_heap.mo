// A binary min-heap of (priority : Nat32, payload : Nat32) pairs stored in a Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";

let heap = Region.new();
var n : Nat64 = 0;

func key(i : Nat64) : Nat32 = Region.loadNat32(heap, i * 8);
func swap(i : Nat64, j : Nat64) {
  let a = Region.loadNat64(heap, i * 8);
  Region.storeNat64(heap, i * 8, Region.loadNat64(heap, j * 8));
  Region.storeNat64(heap, j * 8, a);
};

func push(priority : Nat32, payload : Nat32) {
  if ((n + 1) * 8 > Region.size(heap) * 65_536) {
    assert Region.grow(heap, 1) != 0xFFFF_FFFF_FFFF_FFFF;
  };
  Region.storeNat32(heap, n * 8, priority);
  Region.storeNat32(heap, n * 8 + 4, payload);
  var i = n;
  n += 1;
  while (i > 0 and key((i - 1) / 2) > key(i)) {
    swap(i, (i - 1) / 2);
    i := (i - 1) / 2;
  };
};

func pop() : ?(Nat32, Nat32) {
  if (n == 0) return null;
  let top = (key(0), Region.loadNat32(heap, 4));
  n -= 1;
  swap(0, n);
  var i : Nat64 = 0;
  label sift loop {
    let l = 2 * i + 1;
    let r = l + 1;
    var m = i;
    if (l < n and key(l) < key(m)) m := l;
    if (r < n and key(r) < key(m)) m := r;
    if (m == i) break sift;
    swap(i, m);
    i := m;
  };
  ?top;
};

let initial : [(Nat32, Nat32)] = [(5, 50), (1, 10), (9, 90), (3, 30), (1, 11), (7, 70)];
for ((p, x) in initial.vals()) push(p, x);
var out = "";
label drain loop {
  switch (pop()) {
    case (?(p, x)) out #= debug_show p # ":" # debug_show x # " ";
    case null break drain;
  };
};
Debug.print(out);
var seed : Nat32 = 12_345;
var k = 0;
while (k < 20_000) {
  seed := seed *% 1_664_525 +% 1_013_904_223;
  push(seed >> 8, Nat32.fromNat(k));
  k += 1;
};
Debug.print(debug_show (n, Region.size(heap)));
var last : Nat32 = 0;
var sorted = true;
var popped = 0;
while (popped < 20_000) {
  switch (pop()) {
    case (?(p, _)) { if (p < last) sorted := false; last := p };
    case null {};
  };
  popped += 1;
};
Debug.print(debug_show (sorted, n, pop()));
n -= 1;
// trap-span: 79.1-79.7
