// async* computations: each await* runs the computation again, in the
// awaiting message; return, throw and await inside it work as in a function.
import Prim "mo:⛔";
actor {
  var ticks = 0;
  var log = "";
  func tick() : async* Nat {
    ticks += 1;
    Prim.debugPrint("tick " # debug_show ticks);
    ticks
  };
  func twice(c : async* Nat) : async* Nat { (await* c) + (await* c) };
  func early(b : Bool) : async* Text {
    if b { return "early" };
    "late"
  };
  func fail() : async* () { throw Prim.error("failed inside async*") };
  public func go() : async Nat {
    let c = tick(); // nothing runs yet
    Prim.debugPrint("made");
    let sum = await* twice(c);
    let e = await* early(true);
    Prim.debugPrint(e # " " # (await* early(false)));
    try { await* fail() } catch (err) { Prim.debugPrint(Prim.errorMessage(err)) };
    sum
  };
  // A trap after await* without an inner await undoes the whole message;
  // an await inside the computation is a commit point.
  public func trapAfter(commit : Bool) : async () {
    await* (async* {
      log #= "a";
      if commit { await async {} };
    });
    log #= "b";
    Prim.trap("stop");
  };
  public query func show() : async Text { log };
};
