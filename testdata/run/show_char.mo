// Char prints in single quotes.
import Debug "mo:base/Debug";

Debug.print(debug_show 'a');
Debug.print(debug_show 'Z');
Debug.print(debug_show '7');
Debug.print(debug_show ' ');
Debug.print(debug_show '\u{E9}');
Debug.print(debug_show '\u{2603}');
Debug.print(debug_show ['x', 'y']);
