import Float "mo:base/Float";
import Debug "mo:base/Debug";

let nan : Float = 0.0 / 0.0;
Debug.print(debug_show (Float.toInt(-7.9)));
Debug.print(debug_show (Float.toInt(nan)));
// trap: Float.toInt(nan)
