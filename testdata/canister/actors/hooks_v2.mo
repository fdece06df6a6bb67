import Prim "mo:⛔";

(with migration = func(old : { generation : Nat }) : { generation : Int; renamed : Text } {
  Prim.debugPrint("v2 migration sees generation " # debug_show old.generation);
  { generation = old.generation; renamed = "migrated" }
})
actor {
  stable var generation : Int = do { Prim.trap("not run: the migration gives a value") };
  stable var renamed = "initial";
  stable var failPost = true;
  stable var failPre = false;
  Prim.debugPrint("v2 body: generation " # debug_show generation # ", renamed " # renamed);

  system func postupgrade() {
    Prim.debugPrint("v2 postupgrade");
    if failPost { Prim.trap("v2 postupgrade fails") };
  };
};
