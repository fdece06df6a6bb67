// for over Iter.range and Iter.revRange.
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";

var sum = 0;
for (i in Iter.range(1, 100)) { sum += i };
Debug.print(debug_show sum);
for (i in Iter.range(0, 2)) { Debug.print(debug_show i) };
for (i in Iter.revRange(2, -1)) { Debug.print(debug_show i) };
for (i in Iter.range(5, 4)) { Debug.print("never") };
