import Hash "mo:base/Hash";
import Debug "mo:base/Debug";

let numbers : [Nat] = [0, 1, 255, 256, 65_535, 123_456_789, 4_294_967_295, 4_294_967_296, 18_446_744_073_709_551_615];
for (n in numbers.vals()) {
  Debug.print(debug_show (n, Hash.hash(n)));
};
Debug.print(debug_show (Hash.hashNat8([]), Hash.hashNat8([1, 2, 3]), Hash.hashNat8([4_294_967_295, 0x8000_0000])));
Debug.print(debug_show (Hash.length, Hash.bit(5, 0), Hash.bit(5, 1), Hash.bit(0x8000_0000, 31), Hash.equal(3, 3), Hash.equal(3, 4)));
Hash.debugPrintBits(0x8000_0005);
Debug.print("--");
Hash.debugPrintBitsRev(0x4000_0003);
let h : Hash.Hash = 7;
Debug.print(debug_show h);
