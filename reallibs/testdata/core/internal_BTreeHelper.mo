// motoko-core internal/BTreeHelper: array shuffling behind Map and Set.
import BTreeHelper "mo:core/internal/BTreeHelper";
import Debug "mo:core/Debug";

let a : [var ?Nat] = [var ?1, ?2, ?4, null, null];
BTreeHelper.insertAtPosition<Nat>(a, ?3, 2, 2);
Debug.print(debug_show a);
let (left, middle, right) = BTreeHelper.insertOneAtIndexAndSplitArray<Nat>([var ?1, ?2, ?4, ?5], 3, 2);
Debug.print(debug_show (left, middle, right));
let removed = BTreeHelper.deleteAndShift<Nat>(a, 0);
Debug.print(debug_show (removed, a));
BTreeHelper.replaceTwoWithElementAndShift<Nat>(a, 9, 0);
Debug.print(debug_show a);
let b : [var ?Nat] = [var ?1, ?2, ?3, null];
let out = BTreeHelper.insertAtPostionAndDeleteAtPosition<Nat>(b, ?7, 0, 2);
Debug.print(debug_show (out, b));
