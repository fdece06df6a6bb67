// == compares tuples, records, variants, options and arrays structurally.
import Debug "mo:base/Debug";

Debug.print(debug_show ((1, "a") == (1, "a"), (1, "a") == (1, "b")));
Debug.print(debug_show ({ x = 1; y = 2 } == { y = 2; x = 1 }));
let v1 : { #a : Nat; #b } = #a 1;
let v2 : { #a : Nat; #b } = #b;
Debug.print(debug_show (v1 == v2, v1 == #a 1));
Debug.print(debug_show (?1 == ?1, ?1 == null, (null : ?Nat) == null));
Debug.print(debug_show ([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3]));
Debug.print(debug_show ([1, 2] != [2, 1]));
