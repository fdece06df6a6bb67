// Tuples of mixed element types, nested tuples and the unit.
import Debug "mo:base/Debug";

Debug.print(debug_show (1, 2));
Debug.print(debug_show (1, -1));
Debug.print(debug_show (1, "a", 'b', true));
Debug.print(debug_show ((1, 2), (3, (4, 5))));
Debug.print(debug_show ((), ()));
let t : (Int, Nat) = (3, 3);
Debug.print(debug_show t);
