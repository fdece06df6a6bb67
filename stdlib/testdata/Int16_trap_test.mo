import Int16 "mo:base/Int16";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int16.fromInt(Int16.toInt(Int16.minimumValue))));
Debug.print(debug_show (Int16.fromInt(Int16.toInt(Int16.minimumValue) - 1)));
// trap: Int16.fromInt(Int16.toInt(Int16.minimumValue) - 1)
