// motoko-core Float.
import Float "mo:core/Float";
import Debug "mo:core/Debug";

let x = 2.75;
let nan = 0.0 / 0.0;
Debug.print(debug_show (Float.pi, Float.e, nan.isNaN(), x.isNaN(), Float.abs(-x), Float.sqrt(16.0), Float.ceil(x), Float.floor(-x), Float.trunc(-x), Float.nearest(2.5), Float.copySign(x, -1.0), Float.min(x, 1.0), Float.max(x, 1.0)));
Debug.print(debug_show (Float.sin(Float.pi / 2), Float.cos(0.0), Float.tan(0.5), Float.arcsin(1.0), Float.arccos(1.0), Float.arctan(1.0), Float.arctan2(1.0, -1.0), Float.exp(1.0), Float.log(Float.e)));
Debug.print(debug_show (x.format(#fix 2), Float.format(12345.678, #exp 3), Float.format(0.000123456, #gen 4), Float.format(0.1, #exact), x.toText(), Float.toInt64(-x), Float.fromInt64(-3), Float.toInt(1e20), Float.fromInt(-12345678901234567890)));
Debug.print(debug_show (Float.toFloat32(0.1), Float.fromFloat32(Float.toFloat32(0.1)), Float.equal(x, 2.7500001, 0.001), Float.notEqual(x, 3.0, 0.1), Float.less(1.0, x), Float.greater(1.0, x), Float.compare(x, nan), Float.neg(x), Float.add(x, 1.0), Float.sub(x, 1.0), Float.mul(x, 2.0), Float.div(x, 4.0), Float.rem(7.5, 2.0), Float.pow(2.0, 0.5)));
