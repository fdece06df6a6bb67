// Nat64 multiplication traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat64 = 4_294_967_295;
let fits : Nat64 = 4_294_967_297;
let overflows : Nat64 = 4_294_967_298;
Debug.print(debug_show (x * fits));
Debug.print(debug_show (x * overflows));
Debug.print("not reached");
