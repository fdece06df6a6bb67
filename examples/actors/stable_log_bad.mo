// A wrong next version of the log: `end` changes from Nat64 to Text, which
// no upgrade can carry over. The canister refuses it and keeps running v2.
import Debug "mo:base/Debug";

actor StableLog {
  stable var offsets : [Nat64] = [];
  stable var end : Text = "";

  public query func size() : async Nat { offsets.size() };

  Debug.print("StableLog bad version: " # end);
};
