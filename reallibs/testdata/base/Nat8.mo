// motoko-base Nat8: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons.
import Nat8 "mo:base/Nat8";
import Debug "mo:base/Debug";

let x : Nat8 = 200;
let y : Nat8 = 7;
Debug.print(debug_show (Nat8.maximumValue, Nat8.toNat(x), Nat8.fromNat(42), Nat8.fromIntWrap(-1), Nat8.toText(x)));
Debug.print(debug_show (Nat8.min(x, y), Nat8.max(x, y), Nat8.equal(x, y), Nat8.notEqual(x, y), Nat8.less(y, x), Nat8.lessOrEqual(x, x), Nat8.greater(y, x), Nat8.greaterOrEqual(y, y), Nat8.compare(x, y)));
Debug.print(debug_show (Nat8.add(y, y), Nat8.sub(x, y), Nat8.mul(y, 3), Nat8.div(x, y), Nat8.rem(x, y), Nat8.pow(2, 5)));
Debug.print(debug_show (Nat8.addWrap(Nat8.maximumValue, 2), Nat8.subWrap(0, 1), Nat8.mulWrap(Nat8.maximumValue, 2), Nat8.powWrap(3, 8)));
Debug.print(debug_show (Nat8.bitnot(y), Nat8.bitand(x, y), Nat8.bitor(x, y), Nat8.bitxor(x, y), Nat8.bitshiftLeft(y, 3), Nat8.bitshiftRight(x, 2), Nat8.bitrotLeft(x, 1), Nat8.bitrotRight(y, 1)));
Debug.print(debug_show (Nat8.bittest(y, 1), Nat8.bittest(y, 3), Nat8.bitset(y, 4), Nat8.bitclear(y, 0), Nat8.bitflip(y, 2), Nat8.bitcountNonZero(x), Nat8.bitcountLeadingZero(y), Nat8.bitcountTrailingZero(x)));
Debug.print(debug_show (Nat8.fromNat16(255), Nat8.toNat16(200)));
