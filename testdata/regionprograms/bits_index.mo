// Counting set bits in a Region-backed bitset with Prim's popcount/clz/ctz.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let words : Nat64 = 64;
let set = Region.new();
ignore Region.grow(set, 1);

func add(i : Nat64) {
  let w = i / 64;
  Region.storeNat64(set, w * 8, Region.loadNat64(set, w * 8) | (1 << (i % 64)));
};

func count() : Nat64 {
  var total : Nat64 = 0;
  var w : Nat64 = 0;
  while (w < words) { total += Prim.popcntNat64(Region.loadNat64(set, w * 8)); w += 1 };
  total;
};

// lowest member >= from, if any
func nextFrom(from : Nat64) : ?Nat64 {
  var w = from / 64;
  var bits = Region.loadNat64(set, w * 8) & (0xFFFF_FFFF_FFFF_FFFF << (from % 64));
  loop {
    if (bits != 0) return ?(w * 64 + Prim.ctzNat64(bits));
    w += 1;
    if (w == words) return null;
    bits := Region.loadNat64(set, w * 8);
  };
};

func highest() : ?Nat64 {
  var w = words;
  while (w > 0) {
    w -= 1;
    let bits = Region.loadNat64(set, w * 8);
    if (bits != 0) return ?(w * 64 + 63 - Prim.clzNat64(bits));
  };
  null;
};

Debug.print(debug_show (count(), nextFrom(0), highest()));
let initial : [Nat64] = [3, 64, 65, 127, 1000, 4095, 0];
for (i in initial.vals()) add(i);
Debug.print(debug_show (count(), highest()));
var cursor : ?Nat64 = nextFrom(0);
var members : [Nat64] = [];
label walk loop {
  switch cursor {
    case null break walk;
    case (?m) {
      members := Prim.Array_tabulate<Nat64>(members.size() + 1, func i = if (i < members.size()) members[i] else m);
      cursor := if (m == 4095) null else nextFrom(m + 1);
    };
  };
};
Debug.print(debug_show members);
Debug.print(debug_show (Prim.popcntNat8(0xFF), Prim.clzNat16(1), Prim.ctzNat32(0), Prim.popcntInt64(-1)));
Debug.print(debug_show Region.loadBlob(set, 0, 24));
add(4096);
Debug.print(debug_show (count(), highest()));
add(65_536 * 8);
// trap-span: 12.33-12.61
