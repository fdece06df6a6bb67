// A generic binary-heap priority queue class with a comparison function.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Order "mo:base/Order";
import Nat "mo:base/Nat";
import Text "mo:base/Text";

class Heap<T>(compare : (T, T) -> Order.Order, filler : T) {
  var data : [var T] = Array.init<T>(4, filler);
  var count = 0;

  func less(i : Nat, j : Nat) : Bool = Order.isLess(compare(data[i], data[j]));
  func swap(i : Nat, j : Nat) { let t = data[i]; data[i] := data[j]; data[j] := t };

  public func push(x : T) {
    if (count == data.size()) {
      let bigger = Array.init<T>(data.size() * 2, filler);
      for (i in data.keys()) bigger[i] := data[i];
      data := bigger;
    };
    data[count] := x;
    var i = count;
    count += 1;
    while (i > 0 and less(i, (i - 1) / 2)) {
      swap(i, (i - 1) / 2);
      i := (i - 1) / 2;
    };
  };

  public func pop() : ?T {
    if (count == 0) return null;
    let top = data[0];
    count -= 1;
    data[0] := data[count];
    var i = 0;
    label sift loop {
      let l = 2 * i + 1;
      let r = l + 1;
      var m = i;
      if (l < count and less(l, m)) m := l;
      if (r < count and less(r, m)) m := r;
      if (m == i) break sift;
      swap(i, m);
      i := m;
    };
    ?top
  };

  public func size() : Nat = count;
};

let h = Heap<Nat>(Nat.compare, 0);
for (x in [15, 3, 9, 1, 22, 7, 3, 18, 0, 11].vals()) h.push(x);
var out = "";
label drain loop { switch (h.pop()) { case (?x) out #= Nat.toText(x) # " "; case null break drain } };
Debug.print(out);

type Task = { name : Text; priority : Nat };
let tasks = Heap<Task>(func(a, b) = Nat.compare(b.priority, a.priority), { name = ""; priority = 0 });
tasks.push({ name = "write tests"; priority = 5 });
tasks.push({ name = "fix bug"; priority = 9 });
tasks.push({ name = "lunch"; priority = 7 });
tasks.push({ name = "email"; priority = 1 });
Debug.print(debug_show tasks.size());
while (tasks.size() > 0) Debug.print(debug_show tasks.pop());
let words = Heap<Text>(Text.compare, "");
for (w in ["pear", "apple", "fig", "banana"].vals()) words.push(w);
Debug.print(debug_show [words.pop(), words.pop(), words.pop(), words.pop(), words.pop()]);
