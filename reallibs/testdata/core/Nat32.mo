// motoko-core Nat32: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons and ranges.
import Nat32 "mo:core/Nat32";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let x : Nat32 = 200;
let y : Nat32 = 7;
Debug.print(debug_show (Nat32.maxValue, Nat32.toNat(x), Nat32.fromNat(42), Nat32.fromIntWrap(-1), Nat32.toText(x), x.toText()));
Debug.print(debug_show (Nat32.min(x, y), Nat32.max(x, y), Nat32.equal(x, y), Nat32.notEqual(x, y), Nat32.less(y, x), Nat32.lessOrEqual(x, x), Nat32.greater(y, x), Nat32.greaterOrEqual(y, y), Nat32.compare(x, y)));
Debug.print(debug_show (Nat32.add(y, y), Nat32.sub(x, y), Nat32.mul(y, 3), Nat32.div(x, y), Nat32.rem(x, y), Nat32.pow(2, 5)));
Debug.print(debug_show (Nat32.addWrap(Nat32.maxValue, 2), Nat32.subWrap(0, 1), Nat32.mulWrap(Nat32.maxValue, 2), Nat32.powWrap(3, 32)));
Debug.print(debug_show (Nat32.bitnot(y), Nat32.bitand(x, y), Nat32.bitor(x, y), Nat32.bitxor(x, y), Nat32.bitshiftLeft(y, 3), Nat32.bitshiftRight(x, 2), Nat32.bitrotLeft(x, 1), Nat32.bitrotRight(y, 1)));
Debug.print(debug_show (Nat32.bittest(y, 1), Nat32.bittest(y, 3), Nat32.bitset(y, 4), Nat32.bitclear(y, 0), Nat32.bitflip(y, 2), Nat32.bitcountNonZero(x), Nat32.bitcountLeadingZero(y), Nat32.bitcountTrailingZero(x)));
Debug.print(debug_show (Iter.toArray(Nat32.range(3, 6)), Iter.toArray(Nat32.rangeInclusive(3, 6)), Iter.toArray(Iter.take(Nat32.allValues(), 3))));
Debug.print(debug_show (Nat32.fromNat8(255), Nat32.toNat8(9), Nat32.fromNat16(65535), Nat32.toNat16(9), Nat32.fromNat64(4_000_000_000), Nat32.toNat64(5), Nat32.toChar(65), Nat32.explode(0x12345678)));
