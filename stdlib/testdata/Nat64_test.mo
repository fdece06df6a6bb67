import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";

Debug.print(debug_show Nat64.maximumValue # " " # Nat64.toText(Nat64.maximumValue));
let samples : [Nat] = [0, 1, 42, 255];
for (n in samples.vals()) {
  let x = Nat64.fromNat(n);
  Debug.print(debug_show x # " toNat=" # debug_show (Nat64.toNat(x)) # " toText=" # Nat64.toText(x));
};
Debug.print(debug_show (Nat64.toNat(Nat64.maximumValue)));
Debug.print(debug_show (Nat64.fromNat(Nat64.toNat(Nat64.maximumValue))));
let wraps : [Int] = [0, 1, -1, -2, 256, 65_536, 20_000_000_000_000_000_000, -20_000_000_000_000_000_000, 4_294_967_296, 18_446_744_073_709_551_617, -18_446_744_073_709_551_617];
for (i in wraps.vals()) {
  Debug.print("fromIntWrap " # debug_show i # " = " # debug_show (Nat64.fromIntWrap(i)));
};
let pairs : [(Nat64, Nat64)] = [(0, 0), (3, 7), (7, 3), (Nat64.maximumValue, 1)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Nat64.min(x, y)) # " max=" # debug_show (Nat64.max(x, y))
    # " eq=" # debug_show (Nat64.equal(x, y)) # " cmp=" # debug_show (Nat64.compare(x, y))
  );
};
let t : Nat64.Nat64 = 9;
Debug.print(debug_show t);
