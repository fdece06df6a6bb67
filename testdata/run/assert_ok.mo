// A true assertion does nothing.
import Debug "mo:base/Debug";

let x = 5;
assert x == 5;
assert (x > 1 and x < 10);
assert true;
Debug.print("all assertions held");
