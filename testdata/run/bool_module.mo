// Bool functions from the base library.
import Debug "mo:base/Debug";
import Bool "mo:base/Bool";

Debug.print(Bool.toText(true));
Debug.print(Bool.toText(false));
Debug.print(debug_show (Bool.logand(true, false), Bool.logand(true, true)));
Debug.print(debug_show (Bool.logor(false, false), Bool.logor(false, true)));
