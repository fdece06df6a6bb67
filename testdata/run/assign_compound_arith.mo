// Compound arithmetic assignments.
import Debug "mo:base/Debug";

var n = 10;
n += 5;
n -= 3;
n *= 4;
n /= 5;
n %= 7;
Debug.print(debug_show n);
n **= 10;
Debug.print(debug_show n);
var i : Int = -3;
i -= 10;
i *= -2;
i /= 4;
Debug.print(debug_show i);
var f = 1.5;
f *= 4.0;
f -= 0.5;
f /= 2.0;
Debug.print(debug_show f);
