// Float32: literals round once to single precision, arithmetic rounds every
// result, debug_show prints the value as a Float, conversions both ways.
import Prim "mo:⛔";

let a : Float32 = 1.5;
let b : Float32 = 0.1;
let n : Float32 = 3; // a natural literal at Float32
let m : Float32 = -2;
Prim.debugPrint(debug_show (a + b, a * b, a / b, a - b, -a, a % b, n ** m));
Prim.debugPrint(debug_show (Prim.float32ToFloat(b), Prim.floatToFloat32(0.1) == b));
Prim.debugPrint(debug_show (a < b, a <= a, a == b, a != b, a > b, a >= b));
let big : Float32 = 1e30;
Prim.debugPrint(debug_show (big, big * big, Prim.floatToFloat32(1e300)));
let z : Float32 = 0;
let nan = z / z;
Prim.debugPrint(debug_show (nan, nan == nan, 1 / z, -1 / z));
Prim.debugPrint(debug_show ([a, b], ?a, (16_777_217 : Float32)));
let sum = do {
  var s : Float32 = 0;
  for (_ in Prim.Array_tabulate<Nat>(10, func i = i).vals()) { s += b };
  s
};
Prim.debugPrint(debug_show (sum, Prim.float32ToFloat(sum) == 1.0));
