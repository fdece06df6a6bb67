// while loops.
import Debug "mo:base/Debug";

var i = 0;
var acc = "";
while (i < 5) {
  acc #= debug_show i;
  i += 1;
};
Debug.print(acc);
var n = 27;
var steps = 0;
while (n != 1) {
  n := if (n % 2 == 0) n / 2 else 3 * n + 1;
  steps += 1;
};
Debug.print(debug_show steps);
while (false) { Debug.print("never") };
