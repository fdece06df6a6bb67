// A tiny hash map from Text to Nat: an array of buckets, each an association list.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat32 "mo:base/Nat32";
import Text "mo:base/Text";
import Char "mo:base/Char";

type Bucket = ?(Text, Nat, Bucket);

func hash(t : Text) : Nat32 {
  var h : Nat32 = 5381;
  for (c in t.chars()) {
    h := (h << 5) +% h +% Char.toNat32(c);
  };
  h
};

class HashMap(nBuckets : Nat) {
  let buckets : [var Bucket] = Array.init<Bucket>(nBuckets, null);
  var count = 0;

  func index(k : Text) : Nat = Nat32.toNat(hash(k) % Nat32.fromNat(nBuckets));

  public func get(k : Text) : ?Nat {
    var b = buckets[index k];
    loop {
      switch b {
        case null return null;
        case (?(key, v, rest)) { if (key == k) return ?v; b := rest };
      }
    }
  };

  public func put(k : Text, v : Nat) {
    let i = index k;
    func update(b : Bucket) : Bucket {
      switch b {
        case null { count += 1; ?(k, v, null) };
        case (?(key, old, rest)) {
          if (key == k) ?(key, v, rest) else ?(key, old, update rest)
        };
      }
    };
    buckets[i] := update(buckets[i]);
  };

  public func size() : Nat = count;

  public func bucketSizes() : [Nat] {
    Array.tabulate<Nat>(nBuckets, func i {
      var n = 0;
      var b = buckets[i];
      label l loop { switch b { case null break l; case (?(_, _, r)) { n += 1; b := r } } };
      n
    })
  };
};

let m = HashMap(7);
let text = "the quick brown fox jumps over the lazy dog the end";
var word = "";
func flush() {
  if (word != "") {
    m.put(word, switch (m.get(word)) { case null 1; case (?n) n + 1 });
    word := "";
  };
};
for (c in text.chars()) {
  if (c == ' ') flush() else word := word # Char.toText(c);
};
flush();
Debug.print("distinct words: " # debug_show m.size());
for (w in ["the", "fox", "cat", "end"].vals()) {
  Debug.print(w # " => " # debug_show m.get(w));
};
Debug.print(debug_show m.bucketSizes());
Debug.print(debug_show hash("hello"));
