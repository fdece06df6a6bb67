// A beginner uses = (comparison) where := (assignment) was meant: the loop body is a Bool.
import Debug "mo:base/Debug";

var total = 0;
for (x in [1, 2, 3].vals()) {
  total = total + x;
};
Debug.print(debug_show total);
