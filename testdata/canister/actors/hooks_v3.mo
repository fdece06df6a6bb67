import Prim "mo:⛔";

actor {
  stable var generation : Int = 0;
  stable var failPre = false;
  Prim.debugPrint("v3 body: generation " # debug_show generation # ", failPre " # debug_show failPre);
  system func postupgrade() { Prim.debugPrint("v3 postupgrade") };
  public query func get() : async Int { generation };
};
