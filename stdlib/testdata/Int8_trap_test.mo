import Int8 "mo:base/Int8";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int8.fromInt(Int8.toInt(Int8.minimumValue))));
Debug.print(debug_show (Int8.fromInt(Int8.toInt(Int8.minimumValue) - 1)));
// trap: Int8.fromInt(Int8.toInt(Int8.minimumValue) - 1)
