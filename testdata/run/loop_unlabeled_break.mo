// break and continue without a label act on the innermost loop.
import Debug "mo:base/Debug";

var i = 0;
while (true) {
  i += 1;
  if (i > 4) break;
};
Debug.print(debug_show i);
var sum = 0;
for (x in [1, 2, 3, 4, 5, 6].vals()) {
  if (x % 2 == 0) continue;
  for (y in [10, 20, 30].vals()) {
    if (y == 30) break;
    sum += x * y;
  };
};
Debug.print(debug_show sum);
loop {
  i -= 1;
  if (i == 0) break;
};
Debug.print(debug_show i);
