// The upgrade benchmark's actor: fill(k) grows its region by k pages and
// writes a byte into each of them; byte(p) reads page p's.
import Prim "mo:⛔";
import Region "mo:base/Region";

actor {
  stable let r : Region = Region.new();
  stable var fills : Nat = 0;

  public func fill(k : Nat64) : async () {
    let start = Region.grow(r, k);
    var p = start;
    while (p < start + k) {
      Region.storeNat8(r, p * 65536 + p % 65536, Prim.natToNat8(Prim.nat64ToNat(p % 255) + 1));
      p += 1;
    };
    fills += 1;
  };

  public query func pages() : async Nat64 { Region.size(r) };

  public query func byte(p : Nat64) : async Nat8 { Region.loadNat8(r, p * 65536 + p % 65536) };
};
