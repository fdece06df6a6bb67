// Shapes of the small types.
import Debug "mo:base/Debug";

Debug.print(debug_show true);
Debug.print(debug_show false);
Debug.print(debug_show null);
Debug.print(debug_show ());
Debug.print(debug_show (true, null, ()));
Debug.print(debug_show [null, null]);
