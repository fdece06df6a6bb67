import Int64 "mo:base/Int64";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int64.minimumValue, Int64.maximumValue));
Debug.print(Int64.toText(Int64.minimumValue) # " " # Int64.toText(Int64.maximumValue));
let samples : [Int] = [0, 1, -1, 42, -100, 127, -127];
for (i in samples.vals()) {
  let x = Int64.fromInt(i);
  Debug.print(debug_show x # " toInt=" # debug_show (Int64.toInt(x)) # " toText=" # Int64.toText(x) # " abs=" # debug_show (Int64.abs(x)));
};
Debug.print(debug_show (Int64.fromInt(-9_223_372_036_854_775_808), Int64.fromInt(9_223_372_036_854_775_807)));
Debug.print(debug_show (Int64.toInt(Int64.minimumValue), Int64.toInt(Int64.maximumValue)));
let wraps : [Int] = [0, 1, -1, 128, -129, 255, 256, 32_768, -32_769, 65_535, 2_147_483_648, 4_294_967_295, 9_223_372_036_854_775_808, 18_446_744_073_709_551_615, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Int64.fromIntWrap(i)));
};
let pairs : [(Int64, Int64)] = [(0, 0), (-3, 7), (7, -3), (Int64.minimumValue, Int64.maximumValue), (5, 5)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Int64.min(x, y)) # " max=" # debug_show (Int64.max(x, y))
    # " eq=" # debug_show (Int64.equal(x, y)) # " cmp=" # debug_show (Int64.compare(x, y))
  );
};
let t : Int64.Int64 = -9;
Debug.print(debug_show t);
