// A message that never ends, one that ends in time, and one that awaits
// between two long runs: each run up to an await has its own budget.
import Debug "mo:base/Debug";

persistent actor {
  var count = 0;
  public func spin() : async () {
    count += 1;
    loop {};
  };
  public func work(n : Nat) : async Nat {
    var i = 0;
    while (i < n) { i += 1 };
    count += 1;
    i;
  };
  func pause() : async () {};
  public func twoRuns(n : Nat) : async Nat {
    var i = 0;
    while (i < n) { i += 1 };
    await pause();
    while (i < 2 * n) { i += 1 };
    count += 1;
    i;
  };
  public query func total() : async Nat { count };
  system func postupgrade() { Debug.print("upgraded at " # debug_show count) };
};
