// Float comparisons, including NaN and negative zero.
import Debug "mo:base/Debug";

let nan = 0.0 / 0.0;
Debug.print(debug_show (1.5 < 2.5, 2.5 <= 2.5, -1.0 > -2.0));
Debug.print(debug_show (nan == nan, nan != nan, nan < 1.0, nan > 1.0));
Debug.print(debug_show (0.0 == -0.0));
Debug.print(debug_show (0.1 + 0.2 == 0.3));
Debug.print(debug_show (1.0 / 0.0 > 1e300));
