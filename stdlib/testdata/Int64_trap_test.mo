import Int64 "mo:base/Int64";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int64.fromInt(Int64.toInt(Int64.minimumValue))));
Debug.print(debug_show (Int64.fromInt(Int64.toInt(Int64.minimumValue) - 1)));
// trap: Int64.fromInt(Int64.toInt(Int64.minimumValue) - 1)
