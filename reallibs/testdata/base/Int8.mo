// motoko-base Int8: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons.
import Int8 "mo:base/Int8";
import Debug "mo:base/Debug";

let x : Int8 = -100;
let y : Int8 = 7;
Debug.print(debug_show (Int8.minimumValue, Int8.maximumValue, Int8.toInt(x), Int8.fromInt(-42), Int8.fromIntWrap(300), Int8.toText(x), Int8.toText(y)));
Debug.print(debug_show (Int8.fromNat8(5), Int8.toNat8(-1), Int8.abs(x), Int8.neg(y), Int8.min(x, y), Int8.max(x, y)));
Debug.print(debug_show (Int8.equal(x, y), Int8.notEqual(x, y), Int8.less(x, y), Int8.lessOrEqual(x, x), Int8.greater(x, y), Int8.greaterOrEqual(y, y), Int8.compare(x, y)));
Debug.print(debug_show (Int8.add(x, y), Int8.sub(x, y), Int8.mul(y, -3), Int8.div(x, y), Int8.rem(x, y), Int8.pow(-2, 5)));
Debug.print(debug_show (Int8.addWrap(Int8.maximumValue, 1), Int8.subWrap(Int8.minimumValue, 1), Int8.mulWrap(Int8.maximumValue, 2), Int8.powWrap(3, 8 - 1)));
Debug.print(debug_show (Int8.bitnot(y), Int8.bitand(x, y), Int8.bitor(x, y), Int8.bitxor(x, y), Int8.bitshiftLeft(y, 3), Int8.bitshiftRight(x, 2), Int8.bitrotLeft(x, 1), Int8.bitrotRight(y, 1)));
Debug.print(debug_show (Int8.bittest(y, 1), Int8.bitset(y, 4), Int8.bitclear(y, 0), Int8.bitflip(y, 2), Int8.bitcountNonZero(x), Int8.bitcountLeadingZero(y), Int8.bitcountTrailingZero(x)));
Debug.print(debug_show (Int8.fromInt16(-128), Int8.toInt16(-5)));
