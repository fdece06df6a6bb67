// Matrices as arrays of arrays: multiplication, transpose, identity, determinant by expansion.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

type Matrix = [[Int]];

func rows(m : Matrix) : Nat = m.size();
func cols(m : Matrix) : Nat = if (m.size() == 0) 0 else m[0].size();

func mul(a : Matrix, b : Matrix) : ?Matrix {
  if (cols(a) != rows(b)) return null;
  ?Array.tabulate<[Int]>(rows(a), func i {
    Array.tabulate<Int>(cols(b), func j {
      var s : Int = 0;
      for (k in a[i].keys()) s += a[i][k] * b[k][j];
      s
    })
  })
};

func transpose(m : Matrix) : Matrix =
  Array.tabulate<[Int]>(cols(m), func j = Array.tabulate<Int>(rows(m), func i = m[i][j]));

func identity(n : Nat) : Matrix =
  Array.tabulate<[Int]>(n, func i = Array.tabulate<Int>(n, func j = if (i == j) 1 else 0));

func minor(m : Matrix, col : Nat) : Matrix =
  Array.tabulate<[Int]>(rows(m) - 1, func i =
    Array.tabulate<Int>(cols(m) - 1, func j = m[i + 1][if (j < col) j else j + 1]));

func det(m : Matrix) : Int {
  switch (rows(m)) {
    case 0 1;
    case 1 m[0][0];
    case 2 m[0][0] * m[1][1] - m[0][1] * m[1][0];
    case n {
      var d : Int = 0;
      var sign : Int = 1;
      for (c in m[0].keys()) {
        d += sign * m[0][c] * det(minor(m, c));
        sign := -sign;
      };
      d
    };
  }
};

func show(m : Matrix) : Text {
  var s = "";
  for (r in m.vals()) s #= debug_show r # "\n";
  s
};

let a : Matrix = [[1, 2, 3], [4, 5, 6]];
let b : Matrix = [[7, 8], [9, 10], [11, 12]];
switch (mul(a, b)) { case (?p) Debug.print(show p); case null Debug.print("bad shapes") };
Debug.print(debug_show mul(a, a));
Debug.print(show(transpose a));
Debug.print(debug_show (mul(identity 2, [[5, -6], [7, 8]])));
let m4 : Matrix = [[2, -3, 1, 5], [4, 0, -2, 1], [1, 1, 1, 1], [3, -1, 0, 2]];
Debug.print(debug_show (det(identity 3), det([[3, 8], [4, 6]]), det(m4)));
let grid = Array.tabulate<[var Nat]>(3, func _ = Array.init<Nat>(3, 0));
for (i in grid.keys()) for (j in grid[i].keys()) grid[i][j] := i * 3 + j;
Debug.print(debug_show grid);
