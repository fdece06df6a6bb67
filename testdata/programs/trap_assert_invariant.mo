// A sorted-set class checks its invariant with assert after every insert.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

class SortedSet() {
  var items : [Int] = [];

  func sorted() : Bool {
    var i = 1;
    while (i < items.size()) { if (items[i - 1] >= items[i]) return false; i += 1 };
    true
  };

  public func insert(x : Int) {
    // bug: appends instead of inserting in place when x is negative
    if (x < 0) { items := Array.append(items, [x]) } else {
      var pos = 0;
      while (pos < items.size() and items[pos] < x) pos += 1;
      if (pos < items.size() and items[pos] == x) return;
      items := Array.tabulate<Int>(items.size() + 1, func i = if (i < pos) items[i] else if (i == pos) x else items[i - 1]);
    };
    assert sorted();
  };

  public func toArray() : [Int] = items;
};

let s = SortedSet();
for (x in [5, 1, 3, 3, 9].vals()) {
  s.insert(x);
  Debug.print(debug_show s.toArray());
};
s.insert(-4);
Debug.print("never printed");
