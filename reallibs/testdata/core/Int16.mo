// motoko-core Int16: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons and ranges.
import Int16 "mo:core/Int16";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let x : Int16 = -100;
let y : Int16 = 7;
Debug.print(debug_show (Int16.minValue, Int16.maxValue, Int16.toInt(x), Int16.fromInt(-42), Int16.fromIntWrap(300), Int16.toText(x), y.toText()));
Debug.print(debug_show (Int16.fromNat16(5), Int16.toNat16(-1), Int16.abs(x), Int16.neg(y), Int16.min(x, y), Int16.max(x, y)));
Debug.print(debug_show (Int16.equal(x, y), Int16.notEqual(x, y), Int16.less(x, y), Int16.lessOrEqual(x, x), Int16.greater(x, y), Int16.greaterOrEqual(y, y), Int16.compare(x, y)));
Debug.print(debug_show (Int16.add(x, y), Int16.sub(x, y), Int16.mul(y, -3), Int16.div(x, y), Int16.rem(x, y), Int16.pow(-2, 5)));
Debug.print(debug_show (Int16.addWrap(Int16.maxValue, 1), Int16.subWrap(Int16.minValue, 1), Int16.mulWrap(Int16.maxValue, 2), Int16.powWrap(3, 16 - 1)));
Debug.print(debug_show (Int16.bitnot(y), Int16.bitand(x, y), Int16.bitor(x, y), Int16.bitxor(x, y), Int16.bitshiftLeft(y, 3), Int16.bitshiftRight(x, 2), Int16.bitrotLeft(x, 1), Int16.bitrotRight(y, 1)));
Debug.print(debug_show (Int16.bittest(y, 1), Int16.bitset(y, 4), Int16.bitclear(y, 0), Int16.bitflip(y, 2), Int16.bitcountNonZero(x), Int16.bitcountLeadingZero(y), Int16.bitcountTrailingZero(x)));
Debug.print(debug_show (Iter.toArray(Int16.range(-2, 2)), Iter.toArray(Int16.rangeInclusive(-2, 2)), Iter.toArray(Iter.take(Int16.allValues(), 3))));
Debug.print(debug_show (Int16.fromInt8(-128), Int16.toInt8(-5), Int16.fromInt32(-30000), Int16.toInt32(9), Int16.fromInt64(9), Int16.toInt64(9), Int16.explode(0x1234)));
