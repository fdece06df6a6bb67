// Messages that wait for ever (waiting.script).
import Prim "mo:⛔";

actor {
  let management = actor "aaaaa-aa" : actor { raw_rand : () -> async Blob };
  var draws = 0;

  public func spin() : async () { loop { ignore await management.raw_rand(); draws += 1 } };
  public func background() : () { loop { ignore await management.raw_rand(); draws += 1 } };
  public query func count() : async Nat { draws };
};
