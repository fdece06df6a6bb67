// Float arithmetic, including % and **.
import Debug "mo:base/Debug";

let x = 7.5;
let y = 2.0;
Debug.print(debug_show (x + y));
Debug.print(debug_show (x - y));
Debug.print(debug_show (x * y));
Debug.print(debug_show (x / y));
Debug.print(debug_show (x % y));
Debug.print(debug_show (y ** 10.0));
Debug.print(debug_show (y ** 0.5));
Debug.print(debug_show (-x));
Debug.print(debug_show (0.1 + 0.2));
let p : Float = 2.0 ** 10;
Debug.print(debug_show p);
