// An actor whose region holds as much data as fill was asked for: one
// byte written in every page, so that every page really exists.
import Region "mo:base/Region";

actor {
  stable let data = Region.new();
  stable var pages : Nat64 = 0;

  public func fill(n : Nat64) : async () {
    ignore Region.grow(data, n);
    var p : Nat64 = 0;
    while (p < n) {
      Region.storeNat8(data, p * 65536 + 7, 1);
      p += 1;
    };
    pages += n;
  };
};
