import Int32 "mo:base/Int32";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int32.fromInt(Int32.toInt(Int32.minimumValue))));
Debug.print(debug_show (Int32.fromInt(Int32.toInt(Int32.minimumValue) - 1)));
// trap: Int32.fromInt(Int32.toInt(Int32.minimumValue) - 1)
