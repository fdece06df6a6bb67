// A top-level assertion failure.
import Debug "mo:base/Debug";

let items = [1, 2, 3];
Debug.print(debug_show items.size());
assert items.size() == 4;
