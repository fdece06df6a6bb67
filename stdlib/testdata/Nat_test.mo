import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let samples : [Nat] = [0, 1, 7, 10, 99, 100, 1234, 1_000_000, 18_446_744_073_709_551_616, 340_282_366_920_938_463_463_374_607_431_768_211_455];
for (n in samples.vals()) {
  Debug.print(Nat.toText(n) # " / " # debug_show n);
};
let texts : [Text] = ["0", "7", "0042", "1234567890123456789012345", "", "-1", "+1", "1_000", " 1", "1 ", "12a", "١"];
for (t in texts.vals()) {
  Debug.print("fromText \"" # t # "\" = " # debug_show (Nat.fromText(t)));
};
let pairs : [(Nat, Nat)] = [(0, 0), (3, 7), (7, 3), (5, 5), (100, 7), (2, 64)];
for ((x, y) in pairs.vals()) {
  Debug.print(
    debug_show (x, y) # " min=" # debug_show (Nat.min(x, y)) # " max=" # debug_show (Nat.max(x, y))
    # " eq=" # debug_show (Nat.equal(x, y)) # " ne=" # debug_show (Nat.notEqual(x, y))
    # " lt=" # debug_show (Nat.less(x, y)) # " le=" # debug_show (Nat.lessOrEqual(x, y))
    # " gt=" # debug_show (Nat.greater(x, y)) # " ge=" # debug_show (Nat.greaterOrEqual(x, y))
    # " cmp=" # debug_show (Nat.compare(x, y))
  );
  Debug.print("  add=" # debug_show (Nat.add(x, y)) # " mul=" # debug_show (Nat.mul(x, y)) # " pow=" # debug_show (Nat.pow(x, y)));
  if (x >= y) {
    Debug.print("  sub=" # debug_show (Nat.sub(x, y)));
  };
  if (y != 0) {
    Debug.print("  div=" # debug_show (Nat.div(x, y)) # " rem=" # debug_show (Nat.rem(x, y)));
  };
};
let n : Nat.Nat = 5;
Debug.print(debug_show n);
