// Array: building and transforming arrays. Immutable arrays can only be made whole,
// so most functions compute each element by index through Array_tabulate.
import Prim "mo:⛔";
import I "IterType";
import Option "Option";
import Order "Order";
import Result "Result";

module {
  // An array of `size` elements, element i being `generator(i)`, called in index order.
  public func tabulate<X>(size : Nat, generator : Nat -> X) : [X] {
    Prim.Array_tabulate<X>(size, generator)
  };

  // A mutable array of `size` copies of `initValue`.
  public func init<X>(size : Nat, initValue : X) : [var X] {
    Prim.Array_init<X>(size, initValue)
  };

  public func map<X, Y>(array : [X], f : X -> Y) : [Y] {
    Prim.Array_tabulate<Y>(array.size(), func(i : Nat) : Y { f(array[i]) })
  };

  // combine(...combine(combine(base, array[0]), array[1])..., array[n-1])
  public func foldLeft<X, A>(array : [X], base : A, combine : (A, X) -> A) : A {
    var result = base;
    for (x in array.vals()) {
      result := combine(result, x);
    };
    result
  };

  // combine(array[0], combine(array[1], ...combine(array[n-1], base)...)), last element first.
  public func foldRight<X, A>(array : [X], base : A, combine : (X, A) -> A) : A {
    var result = base;
    var i = array.size();
    while (i > 0) {
      i -= 1;
      result := combine(array[i], result);
    };
    result
  };

  public func append<X>(array1 : [X], array2 : [X]) : [X] {
    let size1 = array1.size();
    Prim.Array_tabulate<X>(
      size1 + array2.size(),
      func(i : Nat) : X {
        if (i < size1) { array1[i] } else { array2[i - size1] }
      },
    )
  };

  // The elements satisfying `predicate` (called once per element, in order), in their order.
  public func filter<X>(array : [X], predicate : X -> Bool) : [X] {
    let kept : [var Nat] = Prim.Array_init<Nat>(array.size(), 0);
    var count = 0;
    for (i in array.keys()) {
      if (predicate(array[i])) {
        kept[count] := i;
        count += 1;
      };
    };
    Prim.Array_tabulate<X>(count, func(j : Nat) : X { array[kept[j]] })
  };

  public func freeze<X>(varArray : [var X]) : [X] {
    Prim.Array_tabulate<X>(varArray.size(), func(i : Nat) : X { varArray[i] })
  };

  public func thaw<A>(array : [A]) : [var A] {
    if (array.size() == 0) {
      return [var];
    };
    let copy = Prim.Array_init<A>(array.size(), array[0]);
    for (i in array.keys()) {
      copy[i] := array[i];
    };
    copy
  };

  public func vals<X>(array : [X]) : I.Iter<X> {
    array.vals()
  };

  // 0, 1, ..., array.size() - 1.
  public func keys<X>(array : [X]) : I.Iter<Nat> {
    array.keys()
  };

  public func reverse<X>(array : [X]) : [X] {
    let size = array.size();
    // Only called with i < size, so the Nat subtraction cannot underflow.
    Prim.Array_tabulate<X>(size, func(i : Nat) : X { array[size - 1 - i] })
  };

  // The first element satisfying `predicate`, or null.
  public func find<X>(array : [X], predicate : X -> Bool) : ?X {
    for (x in array.vals()) {
      if (predicate(x)) {
        return ?x;
      };
    };
    null
  };

  // The `length` elements starting at index `start`; traps if they run past the end.
  public func subArray<X>(array : [X], start : Nat, length : Nat) : [X] {
    if (start + length > array.size()) {
      Prim.trap("Array.subArray");
    };
    Prim.Array_tabulate<X>(length, func(i : Nat) : X { array[start + i] })
  };

  // A sorted copy; see sortInPlace.
  public func sort<X>(array : [X], compare : (X, X) -> Order.Order) : [X] {
    let copy = thaw(array);
    sortInPlace(copy, compare);
    freeze(copy)
  };

  // Stable merge sort, bottom-up: runs of 1, 2, 4, ... elements are merged in
  // pairs, the left element winning ties.
  public func sortInPlace<X>(array : [var X], compare : (X, X) -> Order.Order) {
    let size = array.size();
    if (size < 2) {
      return;
    };
    let merged = Prim.Array_init<X>(size, array[0]);
    var width = 1;
    while (width < size) {
      var low = 0;
      while (low + width < size) {
        let middle = low + width;
        let high = if (middle + width < size) { middle + width } else { size };
        var left = low;
        var right = middle;
        var out = low;
        while (left < middle and right < high) {
          if (compare(array[right], array[left]) == #less) {
            merged[out] := array[right];
            right += 1;
          } else {
            merged[out] := array[left];
            left += 1;
          };
          out += 1;
        };
        while (left < middle) {
          merged[out] := array[left];
          left += 1;
          out += 1;
        };
        while (right < high) {
          merged[out] := array[right];
          right += 1;
          out += 1;
        };
        var i = low;
        while (i < high) {
          array[i] := merged[i];
          i += 1;
        };
        low := high;
      };
      width *= 2;
    };
  };

  public func size<X>(array : [X]) : Nat {
    array.size()
  };

  // The first index holding an element equal to `element`, or null.
  public func indexOf<X>(element : X, array : [X], equal : (X, X) -> Bool) : ?Nat {
    nextIndexOf<X>(element, array, 0, equal)
  };

  // The first index from `fromInclusive` on holding an element equal to `element`, or null.
  public func nextIndexOf<X>(element : X, array : [X], fromInclusive : Nat, equal : (X, X) -> Bool) : ?Nat {
    var i = fromInclusive;
    while (i < array.size()) {
      if (equal(array[i], element)) {
        return ?i;
      };
      i += 1;
    };
    null
  };

  // The last index holding an element equal to `element`, or null.
  public func lastIndexOf<X>(element : X, array : [X], equal : (X, X) -> Bool) : ?Nat {
    prevIndexOf<X>(element, array, array.size(), equal)
  };

  // The last index before `fromExclusive` holding an element equal to `element`, or null.
  public func prevIndexOf<T>(element : T, array : [T], fromExclusive : Nat, equal : (T, T) -> Bool) : ?Nat {
    var i = fromExclusive;
    while (i > 0) {
      i -= 1;
      if (equal(array[i], element)) {
        return ?i;
      };
    };
    null
  };
}
