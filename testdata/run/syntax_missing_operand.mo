// An operator with a missing operand.
import Debug "mo:base/Debug";

let x = (1 + );
Debug.print(debug_show x);
