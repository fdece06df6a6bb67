// Output printed before a trap is kept, in order.
import Debug "mo:base/Debug";

var i : Int8 = 120;
loop {
  Debug.print(debug_show i);
  i += 3;
};
