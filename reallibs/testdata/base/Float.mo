// motoko-base Float.
import Float "mo:base/Float";
import Debug "mo:base/Debug";

let x = 2.75;
let nan = 0.0 / 0.0;
Debug.print(debug_show (Float.pi, Float.e, Float.isNaN(nan), Float.isNaN(x), Float.abs(-x), Float.sqrt(16.0), Float.ceil(x), Float.floor(-x), Float.trunc(-x), Float.nearest(2.5), Float.nearest(3.5)));
Debug.print(debug_show (Float.copySign(x, -1.0), Float.min(x, 1.0), Float.max(x, 1.0), Float.sin(Float.pi / 2), Float.cos(0.0), Float.tan(0.5), Float.arcsin(1.0), Float.arccos(1.0), Float.arctan(1.0), Float.arctan2(1.0, -1.0)));
Debug.print(debug_show (Float.exp(1.0), Float.log(Float.e), Float.format(#fix 2, x), Float.format(#exp 3, 12345.678), Float.format(#gen 4, 0.000123456), Float.format(#exact, 0.1)));
Debug.print(debug_show (Float.toText(x), Float.toInt64(-x), Float.fromInt64(-3), Float.toInt(1e20), Float.fromInt(-12345678901234567890)));
Debug.print(debug_show (Float.equal(x, x), Float.notEqual(x, nan), Float.equalWithin(1.0, 1.05, 0.1), Float.notEqualWithin(1.0, 1.5, 0.1), Float.less(1.0, x), Float.lessOrEqual(x, x), Float.greater(1.0, x), Float.greaterOrEqual(x, 1.0)));
Debug.print(debug_show (Float.compare(1.0, x), Float.compare(nan, 1.0), Float.compare(-0.0, 0.0), Float.neg(x), Float.add(x, 1.0), Float.sub(x, 1.0), Float.mul(x, 2.0), Float.div(x, 4.0), Float.rem(7.5, 2.0), Float.pow(2.0, 0.5)));
