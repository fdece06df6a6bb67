// Special floats: NaN, infinities and negative zero.
import Debug "mo:base/Debug";

let zero : Float = 0.0;
let one : Float = 1.0;
Debug.print(debug_show (zero / zero));
Debug.print(debug_show (one / zero));
Debug.print(debug_show (-one / zero));
Debug.print(debug_show (-zero));
Debug.print(debug_show (zero * -1.0));
Debug.print(debug_show (1e308 * 10.0));
