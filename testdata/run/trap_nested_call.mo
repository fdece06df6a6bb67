// The innermost failing expression is reported, not its caller.
import Debug "mo:base/Debug";

func dec(n : Nat8) : Nat8 { n - 1 };
func twiceDec(n : Nat8) : Nat8 { dec(dec(n)) };
Debug.print(debug_show twiceDec(5));
Debug.print(debug_show twiceDec(1));
