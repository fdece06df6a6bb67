// Float division by zero does not trap: it gives infinities and NaN.
import Debug "mo:base/Debug";

let z = 0.0;
Debug.print(debug_show (1.0 / z));
Debug.print(debug_show (-1.0 / z));
Debug.print(debug_show (z / z));
Debug.print(debug_show (5.5 % z));
Debug.print(debug_show (1.0 / z > 1e308));
