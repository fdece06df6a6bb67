// Annotating expressions with their type.
import Debug "mo:base/Debug";

let a = (5 : Int);
let b = ([] : [Text]);
let c = (null : ?Nat);
let d = ((1, 2) : (Int, Nat));
let e = (func x = x + 1) : Nat -> Nat;
Debug.print(debug_show (a, b, c, d, e(1)));
Debug.print(debug_show ((#a : { #a; #b }) == #a));
