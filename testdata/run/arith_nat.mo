// Nat arithmetic is unbounded; division truncates.
import Debug "mo:base/Debug";

let a = 17;
let b = 5;
Debug.print(debug_show (a + b));
Debug.print(debug_show (a - b));
Debug.print(debug_show (a * b));
Debug.print(debug_show (a / b));
Debug.print(debug_show (a % b));
Debug.print(debug_show (a ** b));
Debug.print(debug_show (2 ** 100));
Debug.print(debug_show (2 ** 100 / 3 ** 20));
Debug.print(debug_show (a - a));
