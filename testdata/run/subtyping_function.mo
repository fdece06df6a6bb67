// Functions are contravariant in arguments and covariant in results.
import Debug "mo:base/Debug";

func apply(f : Nat -> Int, x : Nat) : Int { f(x) };
let intToNat = func(i : Int) : Nat { Int_abs(i) };
func Int_abs(i : Int) : Nat { if (i < 0) 0 else 1 };
Debug.print(debug_show apply(intToNat, 7));
let widened : Nat -> Int = intToNat;
Debug.print(debug_show widened(3));
let takesRecord : { a : Nat; b : Nat } -> Nat = func(r : { a : Nat }) : Nat { r.a };
Debug.print(debug_show takesRecord({ a = 4; b = 5 }));
