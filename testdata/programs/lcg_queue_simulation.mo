// A bank-queue simulation driven by a linear congruential generator on wrapping Nat32 arithmetic.
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat "mo:base/Nat";
import Float "mo:base/Float";
import Array "mo:base/Array";
import Iter "mo:base/Iter";

class Rng(seed : Nat32) {
  var state = seed;
  public func next() : Nat32 {
    state := state *% 1_664_525 +% 1_013_904_223;
    state
  };
  public func below(n : Nat) : Nat = Nat32.toNat(next() >> 16) % n;
};

type Customer = { id : Nat; arrived : Nat; service : Nat };

let rng = Rng(42);
var queue : [Customer] = [];
var served = 0;
var totalWait = 0;
var maxQueue = 0;
var busyUntil = 0;
var nextId = 0;

for (minute in Iter.range(0, 59)) {
  if (rng.below(10) < 4) {
    queue := Array.append<Customer>(queue, [{ id = nextId; arrived = minute; service = 1 + rng.below(4) }]);
    nextId += 1;
  };
  if (minute >= busyUntil and queue.size() > 0) {
    let c = queue[0];
    queue := Array.subArray<Customer>(queue, 1, queue.size() - 1);
    totalWait += minute - c.arrived;
    busyUntil := minute + c.service;
    served += 1;
    if (c.id % 5 == 0) Debug.print("minute " # Nat.toText(minute) # ": serving " # debug_show c);
  };
  maxQueue := Nat.max(maxQueue, queue.size());
};

Debug.print("served " # Nat.toText(served) # " of " # Nat.toText(nextId) # ", max queue " # Nat.toText(maxQueue));
Debug.print("average wait " # Float.toText(Float.fromInt(totalWait) / Float.fromInt(Nat.max(served, 1))));
Debug.print(debug_show (rng.next(), rng.below(100)));
