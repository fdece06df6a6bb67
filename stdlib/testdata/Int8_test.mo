import Int8 "mo:base/Int8";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int8.minimumValue, Int8.maximumValue));
Debug.print(Int8.toText(Int8.minimumValue) # " " # Int8.toText(Int8.maximumValue));
let samples : [Int] = [0, 1, -1, 42, -100, 127, -127];
for (i in samples.vals()) {
  let x = Int8.fromInt(i);
  Debug.print(debug_show x # " toInt=" # debug_show (Int8.toInt(x)) # " toText=" # Int8.toText(x) # " abs=" # debug_show (Int8.abs(x)));
};
Debug.print(debug_show (Int8.fromInt(-128), Int8.fromInt(127)));
Debug.print(debug_show (Int8.toInt(Int8.minimumValue), Int8.toInt(Int8.maximumValue)));
let wraps : [Int] = [0, 1, -1, 128, -129, 255, 256, 32_768, -32_769, 65_535, 2_147_483_648, 4_294_967_295, 9_223_372_036_854_775_808, 18_446_744_073_709_551_615, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Int8.fromIntWrap(i)));
};
let pairs : [(Int8, Int8)] = [(0, 0), (-3, 7), (7, -3), (Int8.minimumValue, Int8.maximumValue), (5, 5)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Int8.min(x, y)) # " max=" # debug_show (Int8.max(x, y))
    # " eq=" # debug_show (Int8.equal(x, y)) # " cmp=" # debug_show (Int8.compare(x, y))
  );
};
let t : Int8.Int8 = -9;
Debug.print(debug_show t);
