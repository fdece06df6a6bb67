// Fixed-size record store with a free list, in a Region.
// Record layout (24 bytes): id : Nat32, age : Nat8, active : Nat8 (Bool), pad, score : Float, next : Nat64
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

let recSize : Nat64 = 24;
let nil : Nat64 = 0xFFFF_FFFF_FFFF_FFFF;

let r = Region.new();
ignore Region.grow(r, 1);
// header: [0] count of slots used, [8] free list head
Region.storeNat64(r, 8, nil);
let base : Nat64 = 16;

func slotOff(i : Nat64) : Nat64 = base + i * recSize;

func alloc() : Nat64 {
  let head = Region.loadNat64(r, 8);
  if (head != nil) {
    Region.storeNat64(r, 8, Region.loadNat64(r, slotOff(head) + 16));
    return head;
  };
  let n = Region.loadNat64(r, 0);
  Region.storeNat64(r, 0, n + 1);
  n;
};

func free(i : Nat64) {
  Region.storeNat64(r, slotOff(i) + 16, Region.loadNat64(r, 8));
  Region.storeNat64(r, 8, i);
  Region.storeNat8(r, slotOff(i) + 5, 0);
};

func write(i : Nat64, id : Nat32, age : Nat8, active : Bool, score : Float) {
  let o = slotOff(i);
  Region.storeNat32(r, o, id);
  Region.storeNat8(r, o + 4, age);
  Region.storeNat8(r, o + 5, if active 1 else 0);
  Region.storeFloat(r, o + 8, score);
};

type Rec = { id : Nat32; age : Nat8; active : Bool; score : Float };

func read(i : Nat64) : Rec {
  let o = slotOff(i);
  {
    id = Region.loadNat32(r, o);
    age = Region.loadNat8(r, o + 4);
    active = Region.loadNat8(r, o + 5) == 1;
    score = Region.loadFloat(r, o + 8);
  };
};

let a = alloc();
write(a, 1001, 34, true, 87.5);
let b = alloc();
write(b, 1002, 19, true, 64.25);
let c = alloc();
write(c, 1003, 52, false, -1.0 / 3.0);
Debug.print(debug_show [read(a), read(b), read(c)]);
free(b);
free(a);
let d = alloc();
Debug.print("reused slot " # Nat64.toText(d));
write(d, 2001, 7, true, 1e10);
let e = alloc();
let f = alloc();
Debug.print(debug_show (e, f, Region.loadNat64(r, 0)));
Debug.print(debug_show read(d));
Debug.print(debug_show read(b));
