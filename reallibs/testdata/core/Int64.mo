// motoko-core Int64: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons and ranges.
import Int64 "mo:core/Int64";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let x : Int64 = -100;
let y : Int64 = 7;
Debug.print(debug_show (Int64.minValue, Int64.maxValue, Int64.toInt(x), Int64.fromInt(-42), Int64.fromIntWrap(300), Int64.toText(x), y.toText()));
Debug.print(debug_show (Int64.fromNat64(5), Int64.toNat64(-1), Int64.abs(x), Int64.neg(y), Int64.min(x, y), Int64.max(x, y)));
Debug.print(debug_show (Int64.equal(x, y), Int64.notEqual(x, y), Int64.less(x, y), Int64.lessOrEqual(x, x), Int64.greater(x, y), Int64.greaterOrEqual(y, y), Int64.compare(x, y)));
Debug.print(debug_show (Int64.add(x, y), Int64.sub(x, y), Int64.mul(y, -3), Int64.div(x, y), Int64.rem(x, y), Int64.pow(-2, 5)));
Debug.print(debug_show (Int64.addWrap(Int64.maxValue, 1), Int64.subWrap(Int64.minValue, 1), Int64.mulWrap(Int64.maxValue, 2), Int64.powWrap(3, 64 - 1)));
Debug.print(debug_show (Int64.bitnot(y), Int64.bitand(x, y), Int64.bitor(x, y), Int64.bitxor(x, y), Int64.bitshiftLeft(y, 3), Int64.bitshiftRight(x, 2), Int64.bitrotLeft(x, 1), Int64.bitrotRight(y, 1)));
Debug.print(debug_show (Int64.bittest(y, 1), Int64.bitset(y, 4), Int64.bitclear(y, 0), Int64.bitflip(y, 2), Int64.bitcountNonZero(x), Int64.bitcountLeadingZero(y), Int64.bitcountTrailingZero(x)));
Debug.print(debug_show (Iter.toArray(Int64.range(-2, 2)), Iter.toArray(Int64.rangeInclusive(-2, 2)), Iter.toArray(Iter.take(Int64.allValues(), 3))));
Debug.print(debug_show (Int64.fromInt8(-1), Int64.toInt8(-2), Int64.fromInt16(-3), Int64.toInt16(-4), Int64.fromInt32(-5), Int64.toInt32(-5), Int64.explode(0x0102030405060708)));
