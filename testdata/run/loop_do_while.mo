// loop { ... } while cond runs the body at least once.
import Debug "mo:base/Debug";

var i = 10;
loop {
  Debug.print(debug_show i);
  i += 1;
} while (i < 3);
var j = 0;
loop {
  j += 2;
} while (j < 7);
Debug.print(debug_show j);
