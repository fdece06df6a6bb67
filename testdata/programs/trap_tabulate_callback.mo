// Building a lookup table with Array.tabulate whose generator reads outside its source.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let primes = [2, 3, 5, 7, 11, 13];
let gaps = Array.tabulate<Nat>(primes.size() - 1, func i = primes[i + 1] - primes[i]);
Debug.print(debug_show gaps);
let pairs = Array.tabulate<(Nat, Nat)>(primes.size(), func i = (primes[i], primes[i + 1]));
Debug.print(debug_show pairs);
