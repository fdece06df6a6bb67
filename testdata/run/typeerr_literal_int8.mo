// -129 does not fit in Int8.
import Debug "mo:base/Debug";

let x : Int8 = -129;
Debug.print(debug_show x);
