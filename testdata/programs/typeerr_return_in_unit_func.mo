// Returning a value from a function declared to return nothing.
import Debug "mo:base/Debug";

func check(x : Int) {
  if (x < 0) return false;
  Debug.print("ok");
};
check(1);
