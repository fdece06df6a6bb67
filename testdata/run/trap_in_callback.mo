// A trap inside a function passed to a library call points at the user's code.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let divisors = [4, 2, 0, 1];
let results = Array.map<Nat, Nat>(divisors, func d = 100 / d);
Debug.print(debug_show results);
