// Benchmark: a 3_000_000-iteration while loop of small Nat arithmetic.
import Debug "mo:base/Debug";

var i = 0;
var acc = 0;
while (i < 3_000_000) {
  acc := (acc + i * 7) % 1_000_003;
  i += 1;
};
Debug.print(debug_show acc);
