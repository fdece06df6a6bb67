// motoko-core Int32: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons and ranges.
import Int32 "mo:core/Int32";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let x : Int32 = -100;
let y : Int32 = 7;
Debug.print(debug_show (Int32.minValue, Int32.maxValue, Int32.toInt(x), Int32.fromInt(-42), Int32.fromIntWrap(300), Int32.toText(x), y.toText()));
Debug.print(debug_show (Int32.fromNat32(5), Int32.toNat32(-1), Int32.abs(x), Int32.neg(y), Int32.min(x, y), Int32.max(x, y)));
Debug.print(debug_show (Int32.equal(x, y), Int32.notEqual(x, y), Int32.less(x, y), Int32.lessOrEqual(x, x), Int32.greater(x, y), Int32.greaterOrEqual(y, y), Int32.compare(x, y)));
Debug.print(debug_show (Int32.add(x, y), Int32.sub(x, y), Int32.mul(y, -3), Int32.div(x, y), Int32.rem(x, y), Int32.pow(-2, 5)));
Debug.print(debug_show (Int32.addWrap(Int32.maxValue, 1), Int32.subWrap(Int32.minValue, 1), Int32.mulWrap(Int32.maxValue, 2), Int32.powWrap(3, 32 - 1)));
Debug.print(debug_show (Int32.bitnot(y), Int32.bitand(x, y), Int32.bitor(x, y), Int32.bitxor(x, y), Int32.bitshiftLeft(y, 3), Int32.bitshiftRight(x, 2), Int32.bitrotLeft(x, 1), Int32.bitrotRight(y, 1)));
Debug.print(debug_show (Int32.bittest(y, 1), Int32.bitset(y, 4), Int32.bitclear(y, 0), Int32.bitflip(y, 2), Int32.bitcountNonZero(x), Int32.bitcountLeadingZero(y), Int32.bitcountTrailingZero(x)));
Debug.print(debug_show (Iter.toArray(Int32.range(-2, 2)), Iter.toArray(Int32.rangeInclusive(-2, 2)), Iter.toArray(Iter.take(Int32.allValues(), 3))));
Debug.print(debug_show (Int32.fromInt8(-5), Int32.toInt8(-5), Int32.fromInt16(-5), Int32.toInt16(-5), Int32.fromInt64(-70000), Int32.toInt64(9), Int32.explode(0x12345678)));
