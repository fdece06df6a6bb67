// A user table in a B-tree in stable memory regions (memory-collection's
// MemoryBTree): the tree's regions and its metadata are a stable variable,
// so an upgrade keeps every entry without serializing any of them.
import MemoryBTree "mo:memory-collection/MemoryBTree/Stable";
import TypeUtils "mo:memory-collection/TypeUtils";
import Debug "mo:base/Debug";

persistent actor {
  let users = MemoryBTree.new(?8);
  transient let utils = MemoryBTree.createUtils(TypeUtils.Text, TypeUtils.Nat);

  public func register(name : Text, score : Nat) : async ?Nat {
    MemoryBTree.insert(users, utils, name, score);
  };
  public func registerMany(prefix : Text, n : Nat) : async Nat {
    var i = 0;
    while (i < n) { ignore MemoryBTree.insert(users, utils, prefix # debug_show i, i); i += 1 };
    MemoryBTree.size(users);
  };
  // Inserts, then traps: the inserts are undone, regions included.
  public func registerThenFail(name : Text) : async () {
    ignore MemoryBTree.insert(users, utils, name, 0);
    Debug.trap("refused " # name);
  };
  public query func score(name : Text) : async ?Nat { MemoryBTree.get(users, utils, name) };
  public query func count() : async Nat { MemoryBTree.size(users) };
  public query func first() : async ?(Text, Nat) { MemoryBTree.getMin(users, utils) };
  system func postupgrade() { Debug.print("upgraded with " # debug_show MemoryBTree.size(users) # " users") };
};
