// Subtracting two Nats gives Int in general; storing it in a Nat variable fails.
import Debug "mo:base/Debug";
import Int "mo:base/Int";

func diff(a : Nat, b : Nat) : Nat {
  let d : Int = a - b;
  if (d < 0) { Int.abs(d) } else { d }
};

Debug.print(debug_show diff(3, 10));
