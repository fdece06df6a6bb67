// motoko-base Int.
import Int "mo:base/Int";
import Debug "mo:base/Debug";

let n : Int = -98_765_432_109_876_543_210;
Debug.print(debug_show (Int.abs(n), Int.toText(n), Int.toText(42), Int.min(n, 0), Int.max(n, 0), Int.hash(-1), Int.hashAcc(5, 7)));
Debug.print(debug_show (Int.equal(n, n), Int.notEqual(n, 0), Int.less(n, 0), Int.lessOrEqual(0, 0), Int.greater(n, 0), Int.greaterOrEqual(0, n), Int.compare(n, 0)));
Debug.print(debug_show (Int.neg(n), Int.add(n, 1), Int.sub(0, n), Int.mul(n, -2), Int.div(n, 7), Int.rem(n, 7), Int.div(-7, 2), Int.rem(-7, 2), Int.pow(-3, 41)));
