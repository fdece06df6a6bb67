// debug_show leaves quotes, backslashes and newlines inside Text and Char as they are.
import Debug "mo:base/Debug";

Debug.print(debug_show "say \"hi\"");
Debug.print(debug_show "back\\slash");
Debug.print(debug_show "two\nlines");
Debug.print(debug_show "tab\there");
Debug.print(debug_show '\'');
Debug.print(debug_show '\n');
