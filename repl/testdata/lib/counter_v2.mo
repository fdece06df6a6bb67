import Region "mo:base/Region";

actor {
  stable var count = 0;
  stable let log = Region.new();

  public func reset() : async () { count := 0 };
  public query func get() : async (Nat, Nat64) { (count, Region.loadNat64(log, 0)) };
};
