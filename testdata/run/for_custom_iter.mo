// for over a hand-written iterator object.
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";

func countdown(from : Nat) : Iter.Iter<Nat> {
  var n = from;
  object {
    public func next() : ?Nat {
      if (n == 0) null else { n -= 1; ?(n + 1) };
    };
  };
};
for (i in countdown(3)) { Debug.print(debug_show i) };
let it = { next = func() : ?Text { null } };
for (t in it) { Debug.print(t) };
Debug.print("done");
