// Text.chars yields Unicode scalar values, not bytes.
import Debug "mo:base/Debug";
import Char "mo:base/Char";

let t = "a\u{E9}\u{20AC}\u{1F600}";
Debug.print(debug_show t.size());
for (c in t.chars()) {
  Debug.print(debug_show (c, Char.toNat32(c)));
};
