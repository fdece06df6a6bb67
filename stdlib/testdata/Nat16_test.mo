import Nat16 "mo:base/Nat16";
import Debug "mo:base/Debug";

Debug.print(debug_show Nat16.maximumValue # " " # Nat16.toText(Nat16.maximumValue));
let samples : [Nat] = [0, 1, 42, 255];
for (n in samples.vals()) {
  let x = Nat16.fromNat(n);
  Debug.print(debug_show x # " toNat=" # debug_show (Nat16.toNat(x)) # " toText=" # Nat16.toText(x));
};
Debug.print(debug_show (Nat16.toNat(Nat16.maximumValue)));
Debug.print(debug_show (Nat16.fromNat(Nat16.toNat(Nat16.maximumValue))));
let wraps : [Int] = [0, 1, -1, -2, 256, 65_536, 70_000, -70_000, 4_294_967_296, 18_446_744_073_709_551_617, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Nat16.fromIntWrap(i)));
};
let pairs : [(Nat16, Nat16)] = [(0, 0), (3, 7), (7, 3), (Nat16.maximumValue, 1)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Nat16.min(x, y)) # " max=" # debug_show (Nat16.max(x, y))
    # " eq=" # debug_show (Nat16.equal(x, y)) # " cmp=" # debug_show (Nat16.compare(x, y))
  );
};
let t : Nat16.Nat16 = 9;
Debug.print(debug_show t);
