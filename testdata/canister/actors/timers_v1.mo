// Time, timers and raw_rand in a canister (timers.script).
import Prim "mo:⛔";

actor {
  let second : Nat64 = 1_000_000_000;
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var log : Text = "";
  var ticks = 0;
  var ticker = 0;
  var started : Nat64 = 0;

  func note(t : Text) { log #= t # ";" };

  // The time since `started`, in whole seconds of the simulated clock.
  func elapsed() : Nat64 = (Prim.time() - started) / second;

  started := Prim.time();

  // Time is constant within an execution and moves on across an await.
  public func clock() : async (Bool, Bool) {
    let t1 = Prim.time();
    let same = Prim.time() == t1;
    ignore await management.raw_rand();
    (same, Prim.time() > t1)
  };

  // Each call draws different bytes.
  public func rand() : async (Nat, Bool) {
    let a = await management.raw_rand();
    let b = await management.raw_rand();
    (a.size(), a != b)
  };

  // Jobs at 1, 2 and 2 seconds (set in that order), one that traps (its
  // change is undone, the others stay) and a recurring one every 3
  // seconds; the call waits (by rounds) until the recurring job has run
  // twice.
  public func schedule() : async Text {
    started := Prim.time();
    ignore Prim.setTimer<system>(2 * second, false, func() : async () { note("two-a at " # debug_show elapsed()) });
    ignore Prim.setTimer<system>(1 * second, false, func() : async () { note("one at " # debug_show elapsed()) });
    ignore Prim.setTimer<system>(2 * second, false, func() : async () { note("two-b"); ticks += 100; Prim.trap("job traps") });
    ticker := Prim.setTimer<system>(3 * second, true, func() : async () { ticks += 1; note("tick " # debug_show ticks # " at " # debug_show elapsed()) });
    while (ticks < 2) { ignore await management.raw_rand() };
    Prim.cancelTimer(ticker);
    log
  };

  // A timer set by a message that then traps is never set.
  public func setThenTrap() : async () {
    ignore Prim.setTimer<system>(0, false, func() : async () { note("never") });
    Prim.trap("after setTimer");
  };

  // A zero delay timer fires in the next round, before the reply to this
  // call's raw_rand arrives; the job it sends runs after the continuation.
  public func soon() : async Text {
    ignore Prim.setTimer<system>(0, false, func() : async () { note("soon") });
    ignore await management.raw_rand();
    note("first await");
    ignore await management.raw_rand();
    log
  };

  // A timer for later, which the upgrade drops.
  public func later() : async () {
    ignore Prim.setTimer<system>(0, false, func() : async () { Prim.debugPrint("later ran (before the upgrade)") });
    ignore Prim.setTimer<system>(60 * second, false, func() : async () { Prim.debugPrint("dropped by the upgrade") });
  };

  public query func show() : async Text { log };
  public query func now() : async Bool { Prim.time() > started };
  public func reset() : async () { log := "" };
};
