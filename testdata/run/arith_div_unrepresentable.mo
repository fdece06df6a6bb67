// The smallest Int64 divided by -1 has no Int64 result.
import Debug "mo:base/Debug";

let m : Int64 = -9_223_372_036_854_775_808;
let d : Int64 = -1;
Debug.print(debug_show (m / 2));
Debug.print(debug_show (m / d));
