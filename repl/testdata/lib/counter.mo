import Region "mo:base/Region";
import Debug "mo:base/Debug";

actor {
  stable var count = 0;
  stable let log = Region.new();
  transient var calls = 0;

  public func add(n : Nat) : async Nat {
    count += n;
    calls += 1;
    if (Region.size(log) == 0) ignore Region.grow(log, 1);
    Region.storeNat64(log, 0, Region.loadNat64(log, 0) + 1);
    count
  };

  public func fail() : async () {
    count += 1000;
    Debug.trap("this message changes nothing");
  };

  public query func get() : async (Nat, Nat64, Nat) { (count, Region.loadNat64(log, 0), calls) };
};
