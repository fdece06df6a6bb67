// Integer division and remainder of negatives, floor-division helpers, and clock arithmetic.
import Debug "mo:base/Debug";
import Int "mo:base/Int";
import Int8 "mo:base/Int8";
import Int64 "mo:base/Int64";

func floorDiv(a : Int, b : Int) : Int {
  let q = a / b;
  if ((a % b != 0) and ((a < 0) != (b < 0))) q - 1 else q
};

func mod(a : Int, m : Int) : Int {
  let r = a % m;
  if (r < 0) r + m else r
};

let pairs : [(Int, Int)] = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 3)];
for ((a, b) in pairs.vals()) {
  Debug.print(debug_show (a, b) # " / " # debug_show (a / b) # " % " # debug_show (a % b)
    # " floor " # debug_show floorDiv(a, b) # " mod " # debug_show mod(a, b));
};

func Array_map(xs : [Int], f : Int -> Int) : [Int] {
  let out : [var Int] = [var 0, 0, 0, 0, 0, 0];
  for (i in xs.keys()) out[i] := f(xs[i]);
  [out[0], out[1], out[2], out[3], out[4], out[5]]
};

let hours : [Int] = [-25, -1, 0, 23, 24, 49];
Debug.print(debug_show Array_map(hours, func h = mod(h, 24)));

let a : Int8 = -7;
let b : Int8 = 2;
Debug.print(debug_show (a / b, a % b, Int8.abs(a), Int8.toText(a % b)));
let big : Int64 = -9_000_000_000_000_000_000;
Debug.print(debug_show (big / 7, big % 7, Int64.toInt(big) * 2));
Debug.print(debug_show (Int.pow(-3, 3), (-2 : Int) ** 10, Int.neg(5), Int.abs(-5)));
Debug.print(debug_show (Int.min(-3, 2), Int.max(-3, 2), Int.compare(-1, 1)));
Debug.print(Int.toText(-1234567890123456789012345) # " " # debug_show (-1234567890123456789012345));
