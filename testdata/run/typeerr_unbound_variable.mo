// Using a name that was never declared.
import Debug "mo:base/Debug";

let total = 1;
Debug.print(debug_show (totl + 1));
