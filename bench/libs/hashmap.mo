// packages: base=$REAL/base
// HashMap from motoko-base: 20_000 puts, 20_000 gets and 10_000 removes,
// with Nat keys and Text keys.
import HashMap "mo:base/HashMap";
import Hash "mo:base/Hash";
import Nat "mo:base/Nat";
import Nat32 "mo:base/Nat32";
import Text "mo:base/Text";
import Debug "mo:base/Debug";

let n = 20_000;
func natHash(k : Nat) : Hash.Hash { Nat32.fromNat(k % 4_294_967_296) *% 2_654_435_761 };

let m = HashMap.HashMap<Nat, Nat>(16, Nat.equal, natHash);
var i = 0;
while (i < n) { m.put(i * 7, i); i += 1 };
var sum = 0;
i := 0;
while (i < n) {
  switch (m.get(i * 7)) { case (?v) sum += v; case null Debug.trap("missing") };
  i += 1;
};
i := 0;
while (i < n) { m.delete(i * 14); i += 1 };
Debug.print(debug_show (m.size(), sum));

let t = HashMap.HashMap<Text, Nat>(16, Text.equal, Text.hash);
i := 0;
while (i < n) { t.put("key" # Nat.toText(i), i); i += 1 };
var found = 0;
i := 0;
while (i < n) {
  if (t.get("key" # Nat.toText(i * 3)) != null) found += 1;
  i += 1;
};
var total = 0;
for ((k, v) in t.entries()) total += v;
Debug.print(debug_show (t.size(), found, total));
