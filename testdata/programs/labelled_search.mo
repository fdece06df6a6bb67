// Labelled loops: searching a grid, skipping rows, breaking out with a value.
import Debug "mo:base/Debug";

let grid : [[Int]] = [
  [3, 8, -1, 4],
  [0, 0, 0, 0],
  [7, -5, 2, 9],
  [1, 6, 6, -2],
];

// First negative number in each row that has no zero.
label rows for (r in grid.keys()) {
  for (v in grid[r].vals()) {
    if (v == 0) continue rows;
  };
  label cols for (c in grid[r].keys()) {
    if (grid[r][c] < 0) {
      Debug.print("row " # debug_show r # ": first negative at column " # debug_show c);
      break cols;
    };
  };
};

func findPair(target : Int) : ?(Nat, Nat) {
  label search : ?(Nat, Nat) {
    for (r in grid.keys()) {
      for (c in grid[r].keys()) {
        if (c + 1 < grid[r].size() and grid[r][c] + grid[r][c + 1] == target) {
          break search (?(r, c));
        };
      };
    };
    null
  }
};
Debug.print(debug_show (findPair(11), findPair(-3), findPair(100)));

var total : Int = 0;
var count = 0;
label outer loop {
  label inner while (true) {
    count += 1;
    if (count % 3 == 0) continue outer;
    total += count;
    if (count > 10) break outer;
    break inner;
  };
};
Debug.print(debug_show (total, count));

let sumPositive = label done : Int {
  var s : Int = 0;
  for (row in grid.vals()) for (v in row.vals()) { if (v > 8) break done (-1); if (v > 0) s += v };
  s
};
Debug.print(debug_show sumPositive);
