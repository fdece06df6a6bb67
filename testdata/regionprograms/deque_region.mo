// A double-ended queue of Nat32 job ids in a fixed-capacity circular Region buffer.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";

class Deque(capacity : Nat64) {
  let r = Region.new();
  ignore Region.grow(r, (capacity * 4 + 65_535) / 65_536);
  var front : Nat64 = 0; // index of the first element
  var count : Nat64 = 0;

  func slot(i : Nat64) : Nat64 = ((front + i) % capacity) * 4;

  public func pushBack(x : Nat32) : Bool {
    if (count == capacity) return false;
    Region.storeNat32(r, slot(count), x);
    count += 1;
    true;
  };
  public func pushFront(x : Nat32) : Bool {
    if (count == capacity) return false;
    front := (front + capacity - 1) % capacity;
    Region.storeNat32(r, slot(0), x);
    count += 1;
    true;
  };
  public func popFront() : ?Nat32 {
    if (count == 0) return null;
    let x = Region.loadNat32(r, slot(0));
    front := (front + 1) % capacity;
    count -= 1;
    ?x;
  };
  public func popBack() : ?Nat32 {
    if (count == 0) return null;
    count -= 1;
    ?Region.loadNat32(r, slot(count));
  };
  public func peekAt(i : Nat64) : Nat32 = Region.loadNat32(r, slot(i));
  public func toText() : Text {
    var t = "[";
    var i : Nat64 = 0;
    while (i < count) { t #= (if (i > 0) ", " else "") # Nat32.toText(peekAt(i)); i += 1 };
    t # "] front=" # Nat64.toText(front);
  };
};

let d = Deque(4);
Debug.print(debug_show (d.pushBack(1), d.pushBack(2), d.pushFront(0), d.pushFront(99), d.pushBack(3)));
Debug.print(d.toText());
Debug.print(debug_show (d.popFront(), d.popBack(), d.popBack()));
Debug.print(d.toText());
ignore d.pushBack(7);
ignore d.pushFront(8);
ignore d.pushFront(9);
Debug.print(d.toText());
Debug.print(debug_show (d.popFront(), d.popFront(), d.popFront(), d.popFront(), d.popFront()));
let big = Deque(100_000);
var k : Nat32 = 0;
while (k < 100_000) { ignore (if (k % 2 == 0) big.pushBack(k) else big.pushFront(k)); k += 1 };
Debug.print(debug_show (big.pushBack(0), big.peekAt(0), big.peekAt(49_999), big.peekAt(50_000), big.peekAt(99_999)));
// a zero-capacity deque divides by zero on its first slot computation
let empty = Deque(0);
Debug.print(debug_show empty.popFront());
Debug.print(debug_show empty.peekAt(0));
// trap-span: 13.35-13.57
