// A closing parenthesis without its opening one.
import Debug "mo:base/Debug";

let x = (1 + 2));
Debug.print(debug_show x);
