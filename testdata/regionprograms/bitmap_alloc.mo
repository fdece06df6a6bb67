// Bitmap page allocator: one bit per 4 KiB frame in a Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";
import Nat64 "mo:base/Nat64";

let frames : Nat64 = 4096;
let bitmap = Region.new();
ignore Region.grow(bitmap, 1);

func isSet(f : Nat64) : Bool {
  let byte = Region.loadNat8(bitmap, f / 8);
  (byte >> Nat8.fromNat(Nat64.toNat(f % 8))) & 1 == 1;
};

func setBit(f : Nat64, on : Bool) {
  let off = f / 8;
  let mask : Nat8 = 1 << Nat8.fromNat(Nat64.toNat(f % 8));
  let byte = Region.loadNat8(bitmap, off);
  Region.storeNat8(bitmap, off, if on (byte | mask) else (byte & ^mask));
};

func allocate(n : Nat64) : ?Nat64 {
  // first fit of n consecutive free frames
  var start : Nat64 = 0;
  var run : Nat64 = 0;
  var f : Nat64 = 0;
  while (f < frames) {
    if (isSet(f)) { run := 0; start := f + 1 } else {
      run += 1;
      if (run == n) {
        var g = start;
        while (g < start + n) { setBit(g, true); g += 1 };
        return ?start;
      };
    };
    f += 1;
  };
  null;
};

func release(start : Nat64, n : Nat64) {
  var g = start;
  while (g < start + n) {
    if (not isSet(g)) Debug.trap("double free of frame " # Nat64.toText(g));
    setBit(g, false);
    g += 1;
  };
};

let a = allocate(3);
let b = allocate(10);
let c = allocate(1);
Debug.print(debug_show (a, b, c));
release(3, 10);
let d = allocate(4);
let e = allocate(7);
let f = allocate(2);
Debug.print(debug_show (d, e, f));
Debug.print(debug_show Region.loadBlob(bitmap, 0, 4));
Debug.print(debug_show allocate(5000));
let big = allocate(4000);
Debug.print(debug_show big);
Debug.print(debug_show allocate(100));
release(0, 3);
release(1, 1);
// trap-span: 45.23-45.76
