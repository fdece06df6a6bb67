// A dense Float matrix stored row-major in a Region; multiply and transpose.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Float "mo:base/Float";
import Nat64 "mo:base/Nat64";

class Matrix(rows : Nat64, cols : Nat64) {
  let r = Region.new();
  let bytes = rows * cols * 8;
  if (bytes > 0) ignore Region.grow(r, (bytes + 65_535) / 65_536);
  public let shape = (rows, cols);
  func at(i : Nat64, j : Nat64) : Nat64 {
    if (i >= rows or j >= cols) Debug.trap("index (" # Nat64.toText(i) # ", " # Nat64.toText(j) # ") outside " # debug_show shape);
    (i * cols + j) * 8;
  };
  public func get(i : Nat64, j : Nat64) : Float = Region.loadFloat(r, at(i, j));
  public func set(i : Nat64, j : Nat64, v : Float) = Region.storeFloat(r, at(i, j), v);
  public func pages() : Nat64 = Region.size(r);
};

func mul(a : Matrix, b : Matrix) : Matrix {
  let (n, m) = a.shape;
  let (m2, p) = b.shape;
  assert m == m2;
  let c = Matrix(n, p);
  var i : Nat64 = 0;
  while (i < n) {
    var j : Nat64 = 0;
    while (j < p) {
      var s = 0.0;
      var k : Nat64 = 0;
      while (k < m) { s += a.get(i, k) * b.get(k, j); k += 1 };
      c.set(i, j, s);
      j += 1;
    };
    i += 1;
  };
  c;
};

func show(m : Matrix) {
  let (n, p) = m.shape;
  var i : Nat64 = 0;
  while (i < n) {
    var line = "";
    var j : Nat64 = 0;
    while (j < p) { line #= " " # Float.toText(m.get(i, j)); j += 1 };
    Debug.print(line);
    i += 1;
  };
};

let a = Matrix(2, 3);
let b = Matrix(3, 2);
var v = 1.0;
for ((i, j) in [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)].vals()) {
  a.set(Nat64.fromNat(i), Nat64.fromNat(j), v);
  b.set(Nat64.fromNat(j), Nat64.fromNat(i), v / 4.0);
  v += 1.5;
};
show(a);
show(b);
show(mul(a, b));
let big = Matrix(100, 100);
Debug.print(debug_show (big.pages(), Matrix(0, 5).pages()));
big.set(99, 99, 1.0 / 0.0);
big.set(0, 0, -1e-300 * 1e-300);
Debug.print(debug_show (big.get(99, 99), big.get(0, 0), big.get(50, 50)));
show(mul(b, a));
ignore mul(a, a);
// trap-span: 24.3-24.17
