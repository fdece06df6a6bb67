import Nat32 "mo:base/Nat32";
import Debug "mo:base/Debug";

Debug.print(debug_show Nat32.maximumValue # " " # Nat32.toText(Nat32.maximumValue));
let samples : [Nat] = [0, 1, 42, 255];
for (n in samples.vals()) {
  let x = Nat32.fromNat(n);
  Debug.print(debug_show x # " toNat=" # debug_show (Nat32.toNat(x)) # " toText=" # Nat32.toText(x));
};
Debug.print(debug_show (Nat32.toNat(Nat32.maximumValue)));
Debug.print(debug_show (Nat32.fromNat(Nat32.toNat(Nat32.maximumValue))));
let wraps : [Int] = [0, 1, -1, -2, 256, 65_536, 5_000_000_000, -5_000_000_000, 4_294_967_296, 18_446_744_073_709_551_617, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Nat32.fromIntWrap(i)));
};
let pairs : [(Nat32, Nat32)] = [(0, 0), (3, 7), (7, 3), (Nat32.maximumValue, 1)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Nat32.min(x, y)) # " max=" # debug_show (Nat32.max(x, y))
    # " eq=" # debug_show (Nat32.equal(x, y)) # " cmp=" # debug_show (Nat32.compare(x, y))
  );
};
let t : Nat32.Nat32 = 9;
Debug.print(debug_show t);
