// Text functions from the base library.
import Debug "mo:base/Debug";
import Text "mo:base/Text";

Debug.print(debug_show Text.size("h\u{E9}llo"));
Debug.print(Text.concat("ab", "cd"));
Debug.print(Text.join(", ", ["x", "y", "z"].vals()));
Debug.print(Text.join("-", ([] : [Text]).vals()));
Debug.print(Text.fromChar('!'));
Debug.print(debug_show (Text.equal("a", "a"), Text.equal("a", "b")));
Debug.print(debug_show (Text.compare("abc", "abd"), Text.compare("b", "a"), Text.compare("", "")));
for (c in Text.toIter("ok")) { Debug.print(debug_show c) };
