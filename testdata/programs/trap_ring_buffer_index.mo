// A ring buffer that forgets to wrap its write index: the bounds check happens before the
// value to store is computed, so the last "computing" line is never printed.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

class Ring(capacity : Nat) {
  let slots = Array.init<Text>(capacity, "");
  var next = 0;

  func render(i : Nat, msg : Text) : Text {
    Debug.print("computing slot " # debug_show i);
    debug_show i # ":" # msg
  };

  public func push(msg : Text) {
    slots[next] := render(next, msg); // bug: next is never wrapped modulo capacity
    next += 1;
  };

  public func contents() : [Text] = Array.freeze(slots);
};

let r = Ring(3);
for (m in ["boot", "load", "run"].vals()) r.push(m);
Debug.print(debug_show r.contents());
r.push("overflow");
Debug.print("not reached");
