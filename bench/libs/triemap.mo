// packages: base=$REAL/base
// TrieMap from motoko-base: 10_000 puts, gets and removes with Text keys.
import TrieMap "mo:base/TrieMap";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let n = 10_000;
let m = TrieMap.TrieMap<Text, Nat>(Text.equal, Text.hash);
var i = 0;
while (i < n) { m.put("k" # Nat.toText(i), i); i += 1 };
var sum = 0;
i := 0;
while (i < n) {
  switch (m.get("k" # Nat.toText(i))) { case (?v) sum += v; case null Debug.trap("missing") };
  i += 1;
};
i := 0;
while (i < n) { m.delete("k" # Nat.toText(i * 2)); i += 1 };
var left = 0;
for (v in m.vals()) left += v;
Debug.print(debug_show (m.size(), sum, left));
