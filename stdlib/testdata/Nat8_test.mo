import Nat8 "mo:base/Nat8";
import Debug "mo:base/Debug";

Debug.print(debug_show Nat8.maximumValue # " " # Nat8.toText(Nat8.maximumValue));
let samples : [Nat] = [0, 1, 42, 255];
for (n in samples.vals()) {
  let x = Nat8.fromNat(n);
  Debug.print(debug_show x # " toNat=" # debug_show (Nat8.toNat(x)) # " toText=" # Nat8.toText(x));
};
Debug.print(debug_show (Nat8.toNat(Nat8.maximumValue)));
Debug.print(debug_show (Nat8.fromNat(Nat8.toNat(Nat8.maximumValue))));
let wraps : [Int] = [0, 1, -1, -2, 256, 65_536, 300, -300, 4_294_967_296, 18_446_744_073_709_551_617, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Nat8.fromIntWrap(i)));
};
let pairs : [(Nat8, Nat8)] = [(0, 0), (3, 7), (7, 3), (Nat8.maximumValue, 1)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Nat8.min(x, y)) # " max=" # debug_show (Nat8.max(x, y))
    # " eq=" # debug_show (Nat8.equal(x, y)) # " cmp=" # debug_show (Nat8.compare(x, y))
  );
};
let t : Nat8.Nat8 = 9;
Debug.print(debug_show t);
