// motoko-base Nat.
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let big = 123_456_789_012_345_678_901_234_567_890;
Debug.print(debug_show (Nat.toText(big), Nat.fromText("12345"), Nat.fromText("12a"), Nat.fromText(""), Nat.min(3, 7), Nat.max(3, 7)));
Debug.print(debug_show (Nat.equal(1, 1), Nat.notEqual(1, 2), Nat.less(1, 2), Nat.lessOrEqual(2, 2), Nat.greater(1, 2), Nat.greaterOrEqual(3, 2), Nat.compare(big, 1)));
Debug.print(debug_show (Nat.add(big, 1), Nat.sub(10, 3), Nat.mul(big, big), Nat.div(big, 7), Nat.rem(big, 7), Nat.pow(2, 100)));
Debug.print(debug_show (Nat.bitshiftLeft(1, 70), Nat.bitshiftRight(big, 40)));
