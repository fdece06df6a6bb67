import Int32 "mo:base/Int32";
import Debug "mo:base/Debug";

Debug.print(debug_show (Int32.minimumValue, Int32.maximumValue));
Debug.print(Int32.toText(Int32.minimumValue) # " " # Int32.toText(Int32.maximumValue));
let samples : [Int] = [0, 1, -1, 42, -100, 127, -127];
for (i in samples.vals()) {
  let x = Int32.fromInt(i);
  Debug.print(debug_show x # " toInt=" # debug_show (Int32.toInt(x)) # " toText=" # Int32.toText(x) # " abs=" # debug_show (Int32.abs(x)));
};
Debug.print(debug_show (Int32.fromInt(-2_147_483_648), Int32.fromInt(2_147_483_647)));
Debug.print(debug_show (Int32.toInt(Int32.minimumValue), Int32.toInt(Int32.maximumValue)));
let wraps : [Int] = [0, 1, -1, 128, -129, 255, 256, 32_768, -32_769, 65_535, 2_147_483_648, 4_294_967_295, 9_223_372_036_854_775_808, 18_446_744_073_709_551_615, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Int32.fromIntWrap(i)));
};
let pairs : [(Int32, Int32)] = [(0, 0), (-3, 7), (7, -3), (Int32.minimumValue, Int32.maximumValue), (5, 5)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Int32.min(x, y)) # " max=" # debug_show (Int32.max(x, y))
    # " eq=" # debug_show (Int32.equal(x, y)) # " cmp=" # debug_show (Int32.compare(x, y))
  );
};
let t : Int32.Int32 = -9;
Debug.print(debug_show t);
