// Null, Any and None types.
import Debug "mo:base/Debug";

let n : Null = null;
let anything : Any = 42;
let things : [Any] = [1, "two", true];
func never() : None { Debug.trap("never called") };
func choose(b : Bool) : Nat { if b 1 else never() };
Debug.print(debug_show n);
Debug.print(debug_show things.size());
Debug.print(debug_show choose(true));
ignore anything;
let maybe : ?Nat = n;
Debug.print(debug_show maybe);
