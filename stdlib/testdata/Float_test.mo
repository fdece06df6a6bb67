import Float "mo:base/Float";
import Debug "mo:base/Debug";

Debug.print(Float.toText(Float.pi) # " " # Float.toText(Float.e));
Debug.print(debug_show (Float.pi == 3.141592653589793, Float.e == 2.718281828459045));
let samples : [Float] = [0.0, -0.0, 1.0, -1.5, 2.5, 3.7, -3.7, 0.1, 123456.789, 1e21, -1e-7, 0.5e-6];
for (x in samples.vals()) {
  Debug.print(
    Float.toText(x) # " abs=" # Float.toText(Float.abs(x)) # " floor=" # Float.toText(Float.floor(x))
    # " ceil=" # Float.toText(Float.ceil(x)) # " toInt=" # debug_show (Float.toInt(x))
    # " neg=" # Float.toText(Float.neg(x))
  );
};
let inf : Float = 1.0 / 0.0;
let nan : Float = 0.0 / 0.0;
Debug.print(Float.toText(inf) # " " # Float.toText(-inf) # " " # Float.toText(Float.abs(-inf)));
Debug.print(Float.toText(Float.sqrt(2.0)) # " " # Float.toText(Float.sqrt(16.0)) # " " # Float.toText(Float.sqrt(0.0)));
Debug.print(debug_show (Float.sqrt(-1.0) == Float.sqrt(-1.0), Float.equal(nan, nan)));
Debug.print(debug_show (Float.floor(inf), Float.ceil(-inf)));
let ints : [Int] = [0, 1, -1, 42, -1_000_000, 9_007_199_254_740_993, 100_000_000_000_000_000_000_000];
for (i in ints.vals()) {
  Debug.print(debug_show i # " -> " # Float.toText(Float.fromInt(i)) # " -> " # debug_show (Float.toInt(Float.fromInt(i))));
};
Debug.print(debug_show (Float.toInt(1e30), Float.toInt(-2.9999)));
let pairs : [(Float, Float)] = [(1.0, 2.0), (2.0, 1.0), (1.5, 1.5), (-0.0, 0.0)];
for ((x, y) in pairs.vals()) {
  Debug.print(debug_show (x, y, Float.equal(x, y), Float.less(x, y)));
};
let f : Float.Float = 0.25;
Debug.print(debug_show f);
let int64s : [Int64] = [0, 1, -42, 9_007_199_254_740_993, -9_223_372_036_854_775_808, 9_223_372_036_854_775_807];
for (i in int64s.vals()) {
  Debug.print(debug_show i # " -> " # Float.toText(Float.fromInt64(i)));
};
Debug.print(debug_show (Float.toInt64(-12.3), Float.toInt64(12.9), Float.toInt64(-0.0), Float.toInt64(1e18), Float.toInt64(-9.2e18)));
let formats : [{ #fix : Nat8; #exp : Nat8; #gen : Nat8; #exact }] = [#fix 0, #fix 2, #fix 10, #exp 0, #exp 3, #gen 4, #exact];
let toFormat : [Float] = [123.0, 0.1, -2.5, 0.000123, 1e21, -0.0, 1.0 / 0.0, -1.0 / 0.0];
for (fmt in formats.vals()) {
  var line = debug_show fmt # ":";
  for (x in toFormat.vals()) {
    line #= " " # Float.format(fmt, x);
  };
  Debug.print(line);
};
