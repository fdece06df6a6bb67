// freeze, thaw, vals and keys from the base library.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let frozen = Array.freeze<Text>([var "a", "b"]);
Debug.print(debug_show frozen);
let thawed = Array.thaw<Text>(frozen);
thawed[0] := "z";
Debug.print(debug_show (thawed, frozen));
for (v in Array.vals<Text>(frozen)) { Debug.print(v) };
for (k in Array.keys<Text>(frozen)) { Debug.print(debug_show k) };
let inferred = Array.map(frozen, func(t : Text) : Text { t # t });
Debug.print(debug_show inferred);
