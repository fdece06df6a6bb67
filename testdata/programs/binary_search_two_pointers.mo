// Binary search (lower bound), two-sum with two pointers, and deduplicating a sorted array.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

func lowerBound(xs : [Int], target : Int) : Nat {
  var lo = 0;
  var hi = xs.size();
  while (lo < hi) {
    let mid = (lo + hi) / 2;
    if (xs[mid] < target) lo := mid + 1 else hi := mid;
  };
  lo
};

func contains(xs : [Int], target : Int) : Bool {
  let i = lowerBound(xs, target);
  i < xs.size() and xs[i] == target
};

func twoSum(xs : [Int], target : Int) : ?(Int, Int) {
  if (xs.size() < 2) return null;
  var i = 0;
  var j = xs.size() - 1;
  while (i < j) {
    let s = xs[i] + xs[j];
    if (s == target) return ?(xs[i], xs[j]);
    if (s < target) i += 1 else j -= 1;
  };
  null
};

func dedup(xs : [Int]) : [Int] {
  let keep = Array.filter<Nat>(Array.tabulate<Nat>(xs.size(), func i = i), func i = i == 0 or xs[i] != xs[i - 1]);
  Array.map<Nat, Int>(keep, func i = xs[i])
};

let sorted : [Int] = [-8, -3, -3, 0, 2, 2, 2, 5, 9, 14];
Debug.print(debug_show Array.map<Int, Nat>([-10, -3, 1, 2, 3, 14, 20], func t = lowerBound(sorted, t)));
Debug.print(debug_show Array.map<Int, Bool>([-3, 1, 14, 15], func t = contains(sorted, t)));
Debug.print(debug_show (twoSum(sorted, 7), twoSum(sorted, -11), twoSum(sorted, 100), twoSum([], 0)));
Debug.print(debug_show dedup(sorted));
Debug.print(debug_show lowerBound([], 5));
