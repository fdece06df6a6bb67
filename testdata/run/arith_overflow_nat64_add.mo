// Nat64 addition traps when the result does not fit.
import Debug "mo:base/Debug";

let x : Nat64 = 18_000_000_000_000_000_000;
let fits : Nat64 = 446_744_073_709_551_615;
let overflows : Nat64 = 446_744_073_709_551_616;
Debug.print(debug_show (x + fits));
Debug.print(debug_show (x + overflows));
Debug.print("not reached");
