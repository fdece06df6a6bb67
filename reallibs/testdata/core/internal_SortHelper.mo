// motoko-core internal/SortHelper: insertion sort of short runs, behind
// the sorts of arrays and lists.
import SortHelper "mo:core/internal/SortHelper";
import Nat "mo:core/Nat";
import Debug "mo:core/Debug";

let buffer : [var Nat] = [var 5, 2, 9, 1, 7];
let dest : [var Nat] = [var 0, 0, 0, 0, 0];
SortHelper.insertionSortSmall<Nat>(buffer, dest, Nat.compare, 0, 5);
Debug.print(debug_show dest);
let dest2 : [var Nat] = [var 0, 0, 0, 0, 0, 0];
SortHelper.insertionSortSmallMove<Nat>(buffer, dest2, Nat.compare, 1, 3, 2);
Debug.print(debug_show dest2);
