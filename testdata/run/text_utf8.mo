// Text.encodeUtf8 and Text.decodeUtf8.
import Debug "mo:base/Debug";
import Text "mo:base/Text";

let b = Text.encodeUtf8("h\u{E9}!");
Debug.print(debug_show b);
Debug.print(debug_show b.size());
Debug.print(debug_show Text.decodeUtf8(b));
Debug.print(debug_show Text.decodeUtf8("\FF\FE"));
Debug.print(debug_show Text.decodeUtf8(""));
