import Int16 "mo:base/Int16";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int16.minimumValue, Int16.maximumValue));
Debug.print(Int16.toText(Int16.minimumValue) # " " # Int16.toText(Int16.maximumValue));
let samples : [Int] = [0, 1, -1, 42, -100, 127, -127];
for (i in samples.vals()) {
  let x = Int16.fromInt(i);
  Debug.print(debug_show x # " toInt=" # debug_show (Int16.toInt(x)) # " toText=" # Int16.toText(x) # " abs=" # debug_show (Int16.abs(x)));
};
Debug.print(debug_show (Int16.fromInt(-32_768), Int16.fromInt(32_767)));
Debug.print(debug_show (Int16.toInt(Int16.minimumValue), Int16.toInt(Int16.maximumValue)));
let wraps : [Int] = [0, 1, -1, 128, -129, 255, 256, 32_768, -32_769, 65_535, 2_147_483_648, 4_294_967_295, 9_223_372_036_854_775_808, 18_446_744_073_709_551_615, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Int16.fromIntWrap(i)));
};
let pairs : [(Int16, Int16)] = [(0, 0), (-3, 7), (7, -3), (Int16.minimumValue, Int16.maximumValue), (5, 5)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Int16.min(x, y)) # " max=" # debug_show (Int16.max(x, y))
    # " eq=" # debug_show (Int16.equal(x, y)) # " cmp=" # debug_show (Int16.compare(x, y))
  );
};
let t : Int16.Int16 = -9;
Debug.print(debug_show t);
