// motoko-core Int.
import Int "mo:core/Int";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let n : Int = -98_765_432_109_876_543_210;
Debug.print(debug_show (Int.abs(n), Int.toText(n), n.toText(), Int.fromText("-42"), Int.fromText("+7"), Int.fromText("x"), Int.toInt("-3"), "-5".toInt(), Int.toNat(5), Int.fromNat(6), Int.toFloat(-2)));
Debug.print(debug_show (Int.toInt8(-128), Int.toInt16(-9), Int.toInt32(-9), Int.toInt64(-9), Int.fromInt8(-1), Int.fromInt16(-2), Int.fromInt32(-3), Int.fromInt64(-4), Int.min(n, 0), Int.max(n, 0)));
Debug.print(debug_show (Int.equal(n, n), Int.notEqual(n, 0), Int.less(n, 0), Int.lessOrEqual(0, 0), Int.greater(n, 0), Int.greaterOrEqual(0, n), Int.compare(n, 0)));
Debug.print(debug_show (Int.neg(n), Int.add(n, 1), Int.sub(0, n), Int.mul(n, -2), Int.div(n, 7), Int.rem(n, 7), Int.div(-7, 2), Int.rem(-7, 2), Int.pow(-3, 41)));
Debug.print(debug_show (Iter.toArray(Int.range(-2, 2)), Iter.toArray(Int.rangeBy(5, -5, -4)), Iter.toArray(Int.rangeInclusive(-1, 1)), Iter.toArray(Int.rangeByInclusive(-6, 6, 6))));
