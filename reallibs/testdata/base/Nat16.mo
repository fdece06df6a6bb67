// motoko-base Nat16: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons.
import Nat16 "mo:base/Nat16";
import Debug "mo:base/Debug";

let x : Nat16 = 200;
let y : Nat16 = 7;
Debug.print(debug_show (Nat16.maximumValue, Nat16.toNat(x), Nat16.fromNat(42), Nat16.fromIntWrap(-1), Nat16.toText(x)));
Debug.print(debug_show (Nat16.min(x, y), Nat16.max(x, y), Nat16.equal(x, y), Nat16.notEqual(x, y), Nat16.less(y, x), Nat16.lessOrEqual(x, x), Nat16.greater(y, x), Nat16.greaterOrEqual(y, y), Nat16.compare(x, y)));
Debug.print(debug_show (Nat16.add(y, y), Nat16.sub(x, y), Nat16.mul(y, 3), Nat16.div(x, y), Nat16.rem(x, y), Nat16.pow(2, 5)));
Debug.print(debug_show (Nat16.addWrap(Nat16.maximumValue, 2), Nat16.subWrap(0, 1), Nat16.mulWrap(Nat16.maximumValue, 2), Nat16.powWrap(3, 16)));
Debug.print(debug_show (Nat16.bitnot(y), Nat16.bitand(x, y), Nat16.bitor(x, y), Nat16.bitxor(x, y), Nat16.bitshiftLeft(y, 3), Nat16.bitshiftRight(x, 2), Nat16.bitrotLeft(x, 1), Nat16.bitrotRight(y, 1)));
Debug.print(debug_show (Nat16.bittest(y, 1), Nat16.bittest(y, 3), Nat16.bitset(y, 4), Nat16.bitclear(y, 0), Nat16.bitflip(y, 2), Nat16.bitcountNonZero(x), Nat16.bitcountLeadingZero(y), Nat16.bitcountTrailingZero(x)));
Debug.print(debug_show (Nat16.fromNat8(255), Nat16.toNat8(255), Nat16.fromNat32(65535), Nat16.toNat32(9), Nat16.explode(0x1234)));
