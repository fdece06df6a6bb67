// Compound wrapping assignments.
import Debug "mo:base/Debug";

var w : Nat8 = 250;
w +%= 10;
Debug.print(debug_show w);
w -%= 5;
Debug.print(debug_show w);
w *%= 100;
Debug.print(debug_show w);
var i : Int16 = 32_767;
i +%= 1;
Debug.print(debug_show i);
