// A negative literal is not a Nat.
import Debug "mo:base/Debug";

let n : Nat = -1;
Debug.print(debug_show n);
