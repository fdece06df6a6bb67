// Float math: Newton's square root, statistics, compound interest, and printing.
import Debug "mo:base/Debug";
import Float "mo:base/Float";
import Array "mo:base/Array";

func newtonSqrt(x : Float) : Float {
  if (x == 0.0) return 0.0;
  var g = x / 2.0;
  var i = 0;
  while (i < 20) { g := (g + x / g) / 2.0; i += 1 };
  g
};

func mean(xs : [Float]) : Float {
  Array.foldLeft<Float, Float>(xs, 0.0, func(a, x) = a + x) / Float.fromInt(xs.size())
};

func stddev(xs : [Float]) : Float {
  let m = mean(xs);
  let v = Array.foldLeft<Float, Float>(xs, 0.0, func(a, x) = a + (x - m) * (x - m)) / Float.fromInt(xs.size());
  Float.sqrt(v)
};

let samples : [Float] = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
Debug.print(debug_show (mean(samples), stddev(samples)));
Debug.print(debug_show [newtonSqrt(2.0), Float.sqrt(2.0), newtonSqrt(1e10)]);
Debug.print(Float.toText(newtonSqrt(2.0)));

var balance : Float = 1000.0;
for (year in [1, 2, 3, 4, 5].vals()) {
  balance *= 1.05;
  Debug.print("year " # debug_show year # ": " # Float.toText(balance));
};
Debug.print(debug_show (Float.floor(2.7), Float.ceil(-2.3), Float.abs(-0.5), Float.toInt(-7.9)));
Debug.print(debug_show (Float.pi, Float.e, 1.0 / 3.0, 2.0 ** 0.5));
Debug.print(debug_show (0.1 + 0.2, 1e-7, 123456789.125, -0.0));
Debug.print(debug_show (Float.fromInt(2 ** 70), Float.toInt(1e20)));
Debug.print(debug_show (1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0 == 0.0 / 0.0));
Debug.print(Float.toText(0.000001234) # " " # Float.toText(-3.5) # " " # Float.toText(1e100));
Debug.print(debug_show (5.5 % 2.0, -5.5 % 2.0, Float.neg(3.0)));
let celsius : [Float] = [-40.0, 0.0, 36.6, 100.0];
Debug.print(debug_show Array.map<Float, Float>(celsius, func c = c * 9.0 / 5.0 + 32.0));
