import Int "mo:base/Int";
import Debug "mo:base/Debug";

let samples : [Int] = [0, 1, -1, 9, -10, 42, -1234, 1_000_000, -99_999_999_999_999_999_999, 18_446_744_073_709_551_616];
for (x in samples.vals()) {
  Debug.print(Int.toText(x) # " abs=" # debug_show (Int.abs(x)) # " neg=" # debug_show (Int.neg(x)));
};
let pairs : [(Int, Int)] = [(0, 0), (3, 7), (7, 3), (-7, 3), (7, -3), (-7, -3), (5, 5), (-2, 10)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Int.min(x, y)) # " max=" # debug_show (Int.max(x, y))
    # " eq=" # debug_show (Int.equal(x, y)) # " ne=" # debug_show (Int.notEqual(x, y))
    # " lt=" # debug_show (Int.less(x, y)) # " le=" # debug_show (Int.lessOrEqual(x, y))
    # " gt=" # debug_show (Int.greater(x, y)) # " ge=" # debug_show (Int.greaterOrEqual(x, y))
    # " cmp=" # debug_show (Int.compare(x, y))
  );
  Debug.print(
    "  add=" # debug_show (Int.add(x, y)) # " sub=" # debug_show (Int.sub(x, y)) # " mul=" # debug_show (Int.mul(x, y))
  );
  if (y != 0) {
    Debug.print("  div=" # debug_show (Int.div(x, y)) # " rem=" # debug_show (Int.rem(x, y)));
  };
};
Debug.print(debug_show (Int.pow(-2, 3), Int.pow(3, 0), Int.pow(10, 20), Int.pow(-1, 7)));
let n : Int.Int = -5;
Debug.print(debug_show n);
