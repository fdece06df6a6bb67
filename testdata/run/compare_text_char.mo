// Text and Char compare by code point, lexicographically.
import Debug "mo:base/Debug";

Debug.print(debug_show ("apple" < "banana", "apple" < "app", "" < "a"));
Debug.print(debug_show ("Zebra" < "apple", "abc" == "abc", "abc" != "abd"));
Debug.print(debug_show ("\u{E9}" > "z"));
Debug.print(debug_show ('a' < 'b', 'Z' < 'a', 'x' == 'x', '9' >= '0'));
Debug.print(debug_show ('\u{1F600}' > 'z'));
