// Float literals: decimals, exponents and hexadecimal forms.
import Debug "mo:base/Debug";

Debug.print(debug_show 1.5);
Debug.print(debug_show 1e3);
Debug.print(debug_show 2.5e-3);
Debug.print(debug_show 1_000.25);
Debug.print(debug_show 0x1p4);
Debug.print(debug_show 0x1.8p1);
Debug.print(debug_show 5.);
let f : Float = 7;
Debug.print(debug_show f);
