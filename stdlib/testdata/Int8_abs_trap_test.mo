import Int8 "mo:base/Int8";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int8.abs(-127)));
Debug.print(debug_show (Int8.abs(Int8.minimumValue)));
// trap: Int8.abs(Int8.minimumValue)
