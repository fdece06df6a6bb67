// An Int8 and an Int literal have only Any in common, and Any has no debug_show.
import Debug "mo:base/Debug";

let a : Int8 = -128;
Debug.print(debug_show [a, -1, 1]);
