// Float formatting at the edges: tiny, huge, negative zero, NaN/inf, rounding of %f.
import Debug "mo:base/Debug";
import Float "mo:base/Float";

let values : [Float] = [0.0000005, 0.0000004999, 1e-300, 5e-324, 1.7976931348623157e308, -2.5e15, 0.125, 2.5, 3.5, 1.0005, 999999.9999995, -0.0];
for (v in values.vals()) {
  Debug.print(Float.toText(v));
  Debug.print(debug_show v);
};
let nan = 0.0 / 0.0;
let inf = 1.0 / 0.0;
Debug.print(debug_show (nan, -nan, inf, -inf));
Debug.print(Float.toText(nan) # " " # Float.toText(inf) # " " # Float.toText(-inf));
Debug.print(debug_show (nan == nan, nan < 1.0, inf > 1e308, Float.equal(-0.0, 0.0)));
Debug.print(debug_show (Float.fromInt(10 ** 308), Float.fromInt(-(10 ** 309))));
Debug.print(debug_show (Float.toInt(1e18), Float.toInt(-123.999), Float.toInt(0.999)));
Debug.print(debug_show (Float.floor(-0.5), Float.ceil(-0.5), Float.sqrt(-1.0)));
Debug.print(debug_show (2.0 ** 64.0, 10.0 ** -3.0, (-8.0) ** (1.0 / 3.0)));
Debug.print(debug_show [1.1 * 1.1, 0.1 * 3.0, 1.0 - 0.9]);
