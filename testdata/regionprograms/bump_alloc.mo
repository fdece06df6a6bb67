// A bump allocator with 8-byte alignment and typed handles, over a Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

module Heap {
  public type Ptr = Nat64;
  public class Arena() {
    let r = Region.new();
    var next : Nat64 = 8; // 0 is the null pointer
    public func alloc(bytes : Nat64) : Ptr {
      let at = (next + 7) & ^7;
      let end = at + bytes;
      while (end > Region.size(r) << 16) {
        if (Region.grow(r, 1) == 0xFFFF_FFFF_FFFF_FFFF) Debug.trap("arena exhausted");
      };
      next := end;
      at;
    };
    public func used() : Nat64 = next;
    public func region() : Region.Region = r;
  };
};

let arena = Heap.Arena();
let r = arena.region();

// A singly linked list of (value : Int64, next : Ptr) cells.
func cons(v : Int64, tail : Heap.Ptr) : Heap.Ptr {
  let p = arena.alloc(16);
  Region.storeInt64(r, p, v);
  Region.storeNat64(r, p + 8, tail);
  p;
};

func toArray(list : Heap.Ptr) : [Int64] {
  var n = 0;
  var p = list;
  while (p != 0) { n += 1; p := Region.loadNat64(r, p + 8) };
  let out = Prim.Array_init<Int64>(n, 0);
  p := list;
  var i = 0;
  while (p != 0) { out[i] := Region.loadInt64(r, p); i += 1; p := Region.loadNat64(r, p + 8) };
  Prim.Array_tabulate<Int64>(n, func j = out[j]);
};

var list : Heap.Ptr = 0;
for (v in ([5, -3, 0, 9_000_000_000_000, -1] : [Int64]).vals()) list := cons(v, list);
Debug.print(debug_show toArray(list));
let odd = arena.alloc(3);
let aligned = arena.alloc(1);
Debug.print(debug_show (odd, aligned, arena.used()));
var big : Heap.Ptr = 0;
var k : Int64 = 0;
while (k < 5000) { big := cons(k * k, big); k += 1 };
let arr = toArray(big);
Debug.print(debug_show (arr.size(), arr[0], arr[4999], arena.used(), Region.size(r)));
// a dangling pointer past the arena's pages
Debug.print(debug_show toArray(Region.size(r) << 16));
// trap-span: 39.33-39.59
