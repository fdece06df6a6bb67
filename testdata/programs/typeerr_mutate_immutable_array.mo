// Trying to fill an immutable array in place.
import Debug "mo:base/Debug";

func fillSquares(a : [Nat]) {
  var i = 0;
  while (i < a.size()) {
    a[i] := i * i;
    i += 1;
  };
};

let xs = [0, 0, 0];
fillSquares(xs);
Debug.print(debug_show xs);
