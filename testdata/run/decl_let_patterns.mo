// let binds tuples, records and nested patterns.
import Debug "mo:base/Debug";

let (a, b) = (1, "one");
let { x; y = why } = { x = 10; y = 20 };
let ((p, q), { z }) = ((true, 'c'), { z = -1 });
let (_, second, _) = (7, 8, 9);
let (n : Nat8) = 200;
Debug.print(debug_show (a, b, x, why, p, q, z, second, n));
