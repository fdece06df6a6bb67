// The crash test's actor: every inc writes its count into 16 pages of a
// region and four slots of a stable array, so a state that mixed two
// saves would show different counts; check traps on one.
import Prim "mo:⛔";
import Region "mo:base/Region";

actor {
  let pages : Nat64 = 16;
  stable var n : Nat = 0;
  stable var log : [var Nat] = [var 0, 0, 0, 0];
  stable let r : Region = Region.new();

  public func inc() : async Nat {
    if (Region.size(r) == 0) ignore Region.grow(r, pages);
    n += 1;
    var p : Nat64 = 0;
    while (p < pages) {
      Region.storeNat64(r, p * 65536 + 8, Prim.natToNat64(n));
      p += 1;
    };
    for (k in log.keys()) log[k] := n;
    n;
  };

  public query func check() : async Nat {
    var p : Nat64 = 0;
    while (p < Region.size(r)) {
      assert Region.loadNat64(r, p * 65536 + 8) == Prim.natToNat64(n);
      p += 1;
    };
    for (x in log.vals()) assert x == n;
    n;
  };
};
