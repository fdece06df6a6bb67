// Operands of different fixed-width types do not mix.
import Debug "mo:base/Debug";

let a : Nat8 = 1;
let b : Nat16 = 2;
Debug.print(debug_show (a + b));
