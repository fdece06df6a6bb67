// and/or short-circuit; not negates.
import Debug "mo:base/Debug";

var calls = 0;
func yes() : Bool { calls += 1; true };
func no() : Bool { calls += 1; false };
Debug.print(debug_show (no() and yes()));
Debug.print(debug_show calls);
Debug.print(debug_show (yes() or no()));
Debug.print(debug_show calls);
Debug.print(debug_show (not yes(), not not no()));
Debug.print(debug_show (true and false or true));
Debug.print(debug_show (true != false, true == not false));
