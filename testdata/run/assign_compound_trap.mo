// A compound assignment traps like its operator.
import Debug "mo:base/Debug";

var level : Nat8 = 250;
level += 5;
Debug.print(debug_show level);
level += 1;
Debug.print(debug_show level);
