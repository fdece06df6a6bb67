// Bit manipulation with Nat32/Nat64: popcount, power-of-two tests, bit reversal, rotations.
import Debug "mo:base/Debug";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";

func popcount(x0 : Nat32) : Nat {
  var x = x0;
  var n = 0;
  while (x != 0) { x &= x - 1; n += 1 };
  n
};

func isPow2(x : Nat64) : Bool = x != 0 and (x & (x - 1)) == 0;

func reverseBits(x : Nat32) : Nat32 {
  var r : Nat32 = 0;
  var v = x;
  var i = 0;
  while (i < 32) {
    r := (r << 1) | (v & 1);
    v >>= 1;
    i += 1;
  };
  r
};

func lowestSetBit(x : Nat64) : Nat64 = x & (^x +% 1);

func xorshift(s : Nat64) : Nat64 {
  var x = s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  x
};

Debug.print(debug_show [popcount(0), popcount(1), popcount(0xFF), popcount(0xFFFF_FFFF), popcount(0x8000_0001)]);
Debug.print(debug_show [isPow2(0), isPow2(1), isPow2(64), isPow2(96), isPow2(1 << 63)]);
Debug.print(debug_show reverseBits(1));
Debug.print(debug_show reverseBits(0x0000_00F0));
Debug.print(debug_show lowestSetBit(0xB0));
Debug.print(debug_show ((0x8000_0001 : Nat32) <<> 1, (0x8000_0001 : Nat32) <>> 4));
Debug.print(debug_show ((1 : Nat32) << 33, (0xFF : Nat32) >> 36));
var seed : Nat64 = 88172645463325252;
for (_ in [0, 1, 2, 3].vals()) {
  seed := xorshift(seed);
  Debug.print(debug_show (seed % 1000));
};
Debug.print(debug_show (Nat32.toNat(0xDEAD_BEEF), Nat64.fromNat(0xCAFE)));
Debug.print(debug_show ((0xF0F0 : Nat32) ^ 0xFFFF, ^(0 : Nat64)));
