// Nat32 addition traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat32 = 4_000_000_000;
let fits : Nat32 = 294_967_295;
let overflows : Nat32 = 294_967_296;
Debug.print(debug_show (x + fits));
Debug.print(debug_show (x + overflows));
Debug.print("not reached");
