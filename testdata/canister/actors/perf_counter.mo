// Prim.performanceCounter counts mori's steps (calls and loop iterations)
// for the IC's instructions: counter 0 the running execution's, counter 1
// the whole message's, across its awaits.
import Prim "mo:⛔";

persistent actor Self {
  public func nothing() : async () {};

  func spin(n : Nat) { var i = n; while (i > 0) { i -= 1 } };

  public func measure() : async (Bool, Bool, Bool, Bool) {
    let before = Prim.performanceCounter(0);
    spin(100_000);
    let after = Prim.performanceCounter(0);
    let message = Prim.performanceCounter(1);
    await Self.nothing();
    let fresh = Prim.performanceCounter(0); // a new execution after the await
    (after >= before + 100_000, message >= after, fresh < after, Prim.performanceCounter(1) >= message);
  };
};
