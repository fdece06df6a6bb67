// Nat division by zero traps.
import Debug "mo:base/Debug";

let total = 10;
var parts = 2;
Debug.print(debug_show (total / parts));
parts -= 2;
Debug.print(debug_show (total / parts));
