// continue in a labelled while loop re-tests the condition.
import Debug "mo:base/Debug";

var i = 0;
var skipped = 0;
label l while (i < 10) {
  i += 1;
  if (i % 3 == 0) { skipped += 1; continue l };
  if (i == 8) break l;
};
Debug.print(debug_show (i, skipped));
