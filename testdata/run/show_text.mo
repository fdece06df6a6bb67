// Text prints in double quotes, its contents as they are.
import Debug "mo:base/Debug";

Debug.print(debug_show "hello");
Debug.print(debug_show "");
Debug.print(debug_show "two words");
Debug.print(debug_show "caf\u{E9}");
Debug.print(debug_show ("a", "b"));
Debug.print("plain " # "text");
