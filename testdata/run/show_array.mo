// Immutable and mutable arrays, empty and nested.
import Debug "mo:base/Debug";

Debug.print(debug_show [1, 2, 3]);
Debug.print(debug_show [var 1, 2]);
let empty : [Nat] = [];
Debug.print(debug_show empty);
Debug.print(debug_show [[1], [], [2, 3]]);
Debug.print(debug_show [1, -1, 2]);
Debug.print(debug_show [?1, null]);
Debug.print(debug_show ["a", "b"]);
let v : [var Text] = [var];
Debug.print(debug_show v);
