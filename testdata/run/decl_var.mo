// var declarations can be reassigned; let shadows.
import Debug "mo:base/Debug";

var count = 0;
count := count + 1;
count := count * 10;
Debug.print(debug_show count);
var name : Text = "a";
name := name # "b";
Debug.print(name);
let shadow = 1;
do {
  let shadow = "inner";
  Debug.print(shadow);
};
Debug.print(debug_show shadow);
var maybe : ?Int = null;
maybe := ?(-3);
Debug.print(debug_show maybe);
