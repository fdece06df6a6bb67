// A function declared to return Nat whose else branch forgets to produce one.
import Debug "mo:base/Debug";

func clamp(x : Int, lo : Int, hi : Int) : Int {
  if (x < lo) { lo } else if (x > hi) { hi } else { Debug.print("in range") }
};

Debug.print(debug_show clamp(5, 0, 10));
