// Sorting [var Nat]: insertion sort, quicksort, and a merge sort on immutable arrays.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Int "mo:base/Int";

func insertionSort(a : [var Nat]) {
  var i = 1;
  while (i < a.size()) {
    let key = a[i];
    var j = i;
    while (j > 0 and a[j - 1] > key) {
      a[j] := a[j - 1];
      j -= 1;
    };
    a[j] := key;
    i += 1;
  };
};

func quickSort(a : [var Int], lo : Int, hi : Int) {
  if (lo >= hi) return;
  let pivot = a[Int.abs(hi)];
  var i = lo;
  var j = lo;
  while (j < hi) {
    if (a[Int.abs(j)] < pivot) {
      let tmp = a[Int.abs(i)];
      a[Int.abs(i)] := a[Int.abs(j)];
      a[Int.abs(j)] := tmp;
      i += 1;
    };
    j += 1;
  };
  let tmp = a[Int.abs(i)];
  a[Int.abs(i)] := a[Int.abs(hi)];
  a[Int.abs(hi)] := tmp;
  quickSort(a, lo, i - 1);
  quickSort(a, i + 1, hi);
};

func mergeSort(xs : [Nat]) : [Nat] {
  if (xs.size() <= 1) return xs;
  let mid = xs.size() / 2;
  let left = mergeSort(Array.subArray<Nat>(xs, 0, mid));
  let right = mergeSort(Array.subArray<Nat>(xs, mid, xs.size() - mid));
  let out = Array.init<Nat>(xs.size(), 0);
  var i = 0; var j = 0; var k = 0;
  while (i < left.size() or j < right.size()) {
    if (j == right.size() or (i < left.size() and left[i] <= right[j])) {
      out[k] := left[i]; i += 1;
    } else {
      out[k] := right[j]; j += 1;
    };
    k += 1;
  };
  Array.freeze<Nat>(out)
};

let a = [var 5, 2, 9, 1, 5, 6, 0, 3];
insertionSort(a);
Debug.print(debug_show a);

let b : [var Int] = [var 3, -1, 4, -1, 5, -9, 2, 6];
quickSort(b, 0, b.size() - 1);
Debug.print(debug_show b);

Debug.print(debug_show mergeSort([38, 27, 43, 3, 9, 82, 10]));
Debug.print(debug_show mergeSort([]));
let empty : [var Nat] = [var];
insertionSort(empty);
Debug.print(debug_show empty);
