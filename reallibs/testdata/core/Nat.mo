// motoko-core Nat.
import Nat "mo:core/Nat";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

let big = 123_456_789_012_345_678_901_234_567_890;
Debug.print(debug_show (Nat.toText(big), big.toText(), Nat.fromText("12345"), Nat.fromText("-1"), Nat.toNat("9"), "77".toNat(), Nat.fromInt(7), Nat.toFloat(3), Nat.toInt(4)));
Debug.print(debug_show (Nat.toNat8(255), Nat.toNat16(9), Nat.toNat32(9), Nat.toNat64(9), Nat.fromNat8(1), Nat.fromNat16(2), Nat.fromNat32(3), Nat.fromNat64(4)));
Debug.print(debug_show (Nat.min(3, 7), Nat.max(3, 7), Nat.equal(1, 1), Nat.notEqual(1, 2), Nat.less(1, 2), Nat.lessOrEqual(2, 2), Nat.greater(1, 2), Nat.greaterOrEqual(3, 2), Nat.compare(big, 1)));
Debug.print(debug_show (Nat.add(big, 1), Nat.sub(10, 3), Nat.mul(big, big), Nat.div(big, 7), Nat.rem(big, 7), Nat.pow(2, 100), Nat.bitshiftLeft(1, 70), Nat.bitshiftRight(big, 40)));
Debug.print(debug_show (Iter.toArray(Nat.range(2, 5)), Iter.toArray(Nat.rangeBy(10, 0, -3)), Iter.toArray(Nat.rangeInclusive(2, 5)), Iter.toArray(Nat.rangeByInclusive(0, 9, 3)), Iter.toArray(Iter.take(Nat.allValues(), 3))));
