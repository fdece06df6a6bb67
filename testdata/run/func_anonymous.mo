// Anonymous functions as values.
import Debug "mo:base/Debug";

let square = func(x : Nat) : Nat { x * x };
let inc = func(x : Int) : Int = x + 1;
let apply = func(f : Nat -> Nat, x : Nat) : Nat { f(x) };
Debug.print(debug_show square(7));
Debug.print(debug_show inc(-1));
Debug.print(debug_show apply(square, 3));
Debug.print(debug_show apply(func x = x + 100, 3));
Debug.print(debug_show (func(a : Nat, b : Nat) : Nat { a * b })(6, 7));
