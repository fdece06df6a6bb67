import Float "mo:base/Float";
import Debug "mo:base/Debug";

Debug.print(debug_show Float.toInt64(-9_223_372_036_854_775_808.0));
Debug.print(debug_show Float.toInt64(9_223_372_036_854_775_808.0));
// trap: Float.toInt64(9_223_372_036_854_775_808.0)
