// Nat is a subtype of Int: Nat values flow into Int positions.
import Debug "mo:base/Debug";

func negate(i : Int) : Int { -i };
let n : Nat = 5;
Debug.print(debug_show negate(n));
let i : Int = n;
Debug.print(debug_show i);
let xs : [Int] = [1, 2, 3];
Debug.print(debug_show xs);
let mixed = [n, -1];
Debug.print(debug_show mixed);
let o : ?Int = ?n;
Debug.print(debug_show o);
