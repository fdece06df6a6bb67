// Compiled code prints Float with printf's %f: six decimals, all integer digits.
import Debug "mo:base/Debug";

Debug.print(debug_show 3.14159);
Debug.print(debug_show 0.1);
Debug.print(debug_show (-2.5));
Debug.print(debug_show 1e30);
Debug.print(debug_show 1e21);
Debug.print(debug_show 0.0000001);
Debug.print(debug_show 2.0000005);
Debug.print(debug_show (1.0 / 3.0));
Debug.print(debug_show 100.0);
Debug.print(debug_show 123456.789);
