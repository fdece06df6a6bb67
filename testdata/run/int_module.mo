// Int functions from the base library.
import Debug "mo:base/Debug";
import Int "mo:base/Int";

Debug.print(Int.toText(-987));
Debug.print(Int.toText(987));
Debug.print(debug_show (Int.abs(-5), Int.abs(5)));
Debug.print(debug_show (Int.neg(5), Int.neg(-5)));
Debug.print(debug_show (Int.max(-3, 2), Int.min(-3, 2)));
Debug.print(debug_show (Int.compare(-1, 1), Int.compare(0, 0), Int.compare(1, -1)));
Debug.print(debug_show (Int.equal(-2, -2), Int.equal(2, -2)));
