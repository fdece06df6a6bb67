// break and continue with labels on nested loops.
import Debug "mo:base/Debug";

var found = (0, 0);
label search for (i in [1, 2, 3, 4].vals()) {
  for (j in [1, 2, 3, 4].vals()) {
    if (i * j == 6) { found := (i, j); break search };
  };
};
Debug.print(debug_show found);
var odds = "";
label next for (n in [1, 2, 3, 4, 5].vals()) {
  if (n % 2 == 0) continue next;
  odds #= debug_show n;
};
Debug.print(odds);
