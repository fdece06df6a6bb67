// A Bloom filter over Text keys with its bit array in a Region and k derived hashes.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";
import Prim "mo:⛔";

let bits : Nat64 = 8 * 65_536 * 2; // two pages of bits
let k : Nat64 = 5;
let filter = Region.new();
ignore Region.grow(filter, bits / 8 / 65_536);

func hashes(key : Text) : (Nat64, Nat64) {
  var h1 : Nat64 = 0xCBF2_9CE4_8422_2325;
  var h2 : Nat64 = 5381;
  for (b in Text.encodeUtf8(key).vals()) {
    let x = Nat64.fromNat(Nat8.toNat(b));
    h1 := (h1 ^ x) *% 0x100_0000_01B3;
    h2 := (h2 << 5) +% h2 +% x;
  };
  (h1, h2 | 1);
};

func bitAt(i : Nat64) : (Nat64, Nat8) = (i / 8, 1 << Nat8.fromNat(Nat64.toNat(i % 8)));

func add(key : Text) {
  let (h1, h2) = hashes(key);
  var j : Nat64 = 0;
  while (j < k) {
    let (byte, mask) = bitAt((h1 +% j *% h2) % bits);
    Region.storeNat8(filter, byte, Region.loadNat8(filter, byte) | mask);
    j += 1;
  };
};

func mayContain(key : Text) : Bool {
  let (h1, h2) = hashes(key);
  var j : Nat64 = 0;
  while (j < k) {
    let (byte, mask) = bitAt((h1 +% j *% h2) % bits);
    if (Region.loadNat8(filter, byte) & mask == 0) return false;
    j += 1;
  };
  true;
};

func popcount() : Nat64 {
  var total : Nat64 = 0;
  var off : Nat64 = 0;
  while (off < bits / 8) { total += Nat64.fromNat(Nat8.toNat(Prim.popcntNat8(Region.loadNat8(filter, off)))); off += 1 };
  total;
};

let members = ["alice", "bob", "carol", "dave", "eve", "mallory", "trent", "peggy", "victor", "walter"];
for (m in members.vals()) add(m);
var hits = 0;
for (m in members.vals()) if (mayContain(m)) hits += 1;
Debug.print(debug_show (hits, popcount()));
var falsePositives = 0;
var i = 0;
while (i < 2000) {
  if (mayContain("user-" # debug_show i)) falsePositives += 1;
  i += 1;
};
Debug.print(debug_show falsePositives);
Debug.print(debug_show (mayContain("alice"), mayContain("oscar"), mayContain("")));
Debug.print(debug_show hashes("alice"));
// a filter sized in bits that are not a whole page: the last bytes are out of the region
let (byte, _) = bitAt(bits);
Debug.print(debug_show byte);
ignore Region.loadNat8(filter, byte);
// trap-span: 72.8-72.37
