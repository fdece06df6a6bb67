// motoko-core Float32: single precision.
import Float32 "mo:core/Float32";
import Float "mo:core/Float";
import Debug "mo:core/Debug";

let x : Float32 = 2.75;
let third : Float32 = 1.0 / 3.0;
Debug.print(debug_show (x, third, Float32.toFloat(third), Float32.fromFloat(Float.pi), Float32.pi, Float32.e, x.isNaN(), Float32.abs(-x), Float32.sqrt(2.0), Float32.ceil(x), Float32.floor(x), Float32.trunc(-x), Float32.nearest(x)));
Debug.print(debug_show (Float32.copySign(x, -1.0), Float32.min(x, 1.0), Float32.max(x, 1.0), Float32.sin(1.0), Float32.cos(1.0), Float32.tan(1.0), Float32.arcsin(0.5), Float32.arccos(0.5), Float32.arctan(0.5), Float32.arctan2(1.0, 2.0), Float32.exp(1.0), Float32.log(2.0)));
Debug.print(debug_show (x.format(#fix 3), x.format(#exp 2), x.format(#gen 3), third.format(#exact), x.toText(), Float32.toInt64(-x), Float32.fromInt64(7), x.toInt()));
Debug.print(debug_show (Float32.equal(x, 2.75, 0.0), Float32.notEqual(x, 2.5, 0.1), Float32.less(x, 3.0), Float32.lessOrEqual(x, x), Float32.greater(x, 3.0), Float32.greaterOrEqual(x, 2.0), Float32.compare(x, 1.0)));
Debug.print(debug_show (Float32.neg(x), Float32.add(x, 0.1), Float32.sub(x, 0.1), Float32.mul(x, 3.0), Float32.div(x, 3.0), Float32.rem(x, 1.0), Float32.pow(x, 2.0)));
