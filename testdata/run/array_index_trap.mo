// Reading past the end of an array traps.
import Debug "mo:base/Debug";

let xs = [1, 2, 3];
var i = 0;
loop {
  Debug.print(debug_show xs[i]);
  i += 1;
};
