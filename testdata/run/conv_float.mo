// Float functions from the base library.
import Debug "mo:base/Debug";
import Float "mo:base/Float";

Debug.print(debug_show Float.fromInt(-42));
Debug.print(debug_show Float.toInt(3.99));
Debug.print(debug_show Float.toInt(-3.99));
Debug.print(debug_show Float.sqrt(2.0));
Debug.print(debug_show Float.abs(-0.5));
Debug.print(debug_show (Float.floor(2.7), Float.floor(-2.7)));
Debug.print(debug_show (Float.ceil(2.2), Float.ceil(-2.2)));
Debug.print(debug_show Float.pi);
Debug.print(debug_show Float.e);
Debug.print(Float.toText(2.5));
Debug.print(Float.toText(Float.pi));
Debug.print(debug_show Float.toInt(1e20));
