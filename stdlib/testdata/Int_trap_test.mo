import Int "mo:base/Int";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int.rem(-7, 2)));
Debug.print(debug_show (Int.div(7, 0)));
// trap: Int.div(7, 0)
