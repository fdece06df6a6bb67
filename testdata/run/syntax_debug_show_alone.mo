// debug_show is an operator, not a function value: it needs an operand.
import Debug "mo:base/Debug";

let show = debug_show;
Debug.print(show(1));
