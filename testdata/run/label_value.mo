// A labelled block yields the value given to break.
import Debug "mo:base/Debug";

func find(xs : [Int], target : Int) : Text {
  let where_ : Nat = label search : Nat {
    for (i in xs.keys()) { if (xs[i] == target) break search i };
    xs.size();
  };
  debug_show where_;
};
Debug.print(find([5, -2, 9], -2));
Debug.print(find([5, -2, 9], 3));
let v = label done : Text { if (true) break done "early"; "late" };
Debug.print(v);
