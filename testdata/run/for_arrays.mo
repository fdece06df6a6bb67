// for over array values and keys, with patterns.
import Debug "mo:base/Debug";

let pairs = [(1, "one"), (2, "two")];
for ((n, word) in pairs.vals()) { Debug.print(word # "=" # debug_show n) };
let names = ["x", "y", "z"];
for (i in names.keys()) { Debug.print(debug_show i # ":" # names[i]) };
let m = [var 1, 2];
for (v in m.vals()) { Debug.print(debug_show v) };
for ({ k } in [{ k = 'a' }, { k = 'b' }].vals()) { Debug.print(debug_show k) };
