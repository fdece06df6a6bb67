// motoko-base Nat64: conversions, arithmetic (checked and wrapping), bit
// operations, comparisons.
import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";

let x : Nat64 = 200;
let y : Nat64 = 7;
Debug.print(debug_show (Nat64.maximumValue, Nat64.toNat(x), Nat64.fromNat(42), Nat64.fromIntWrap(-1), Nat64.toText(x)));
Debug.print(debug_show (Nat64.min(x, y), Nat64.max(x, y), Nat64.equal(x, y), Nat64.notEqual(x, y), Nat64.less(y, x), Nat64.lessOrEqual(x, x), Nat64.greater(y, x), Nat64.greaterOrEqual(y, y), Nat64.compare(x, y)));
Debug.print(debug_show (Nat64.add(y, y), Nat64.sub(x, y), Nat64.mul(y, 3), Nat64.div(x, y), Nat64.rem(x, y), Nat64.pow(2, 5)));
Debug.print(debug_show (Nat64.addWrap(Nat64.maximumValue, 2), Nat64.subWrap(0, 1), Nat64.mulWrap(Nat64.maximumValue, 2), Nat64.powWrap(3, 64)));
Debug.print(debug_show (Nat64.bitnot(y), Nat64.bitand(x, y), Nat64.bitor(x, y), Nat64.bitxor(x, y), Nat64.bitshiftLeft(y, 3), Nat64.bitshiftRight(x, 2), Nat64.bitrotLeft(x, 1), Nat64.bitrotRight(y, 1)));
Debug.print(debug_show (Nat64.bittest(y, 1), Nat64.bittest(y, 3), Nat64.bitset(y, 4), Nat64.bitclear(y, 0), Nat64.bitflip(y, 2), Nat64.bitcountNonZero(x), Nat64.bitcountLeadingZero(y), Nat64.bitcountTrailingZero(x)));
Debug.print(debug_show (Nat64.fromNat32(4_000_000_000), Nat64.toNat32(5), Nat64.explode(0x0102030405060708)));
