// Immutable arrays: literals, indexing, size and iteration.
import Debug "mo:base/Debug";

let xs = [10, 20, 30];
Debug.print(debug_show xs[0]);
Debug.print(debug_show xs[xs.size() - 1]);
Debug.print(debug_show xs.size());
var sum = 0;
for (x in xs.vals()) { sum += x };
Debug.print(debug_show sum);
for (i in xs.keys()) { Debug.print(debug_show (i, xs[i])) };
let grid = [[1, 2], [3, 4]];
Debug.print(debug_show grid[1][0]);
