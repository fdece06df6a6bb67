// Off-by-one in a moving-average loop: reads one past the end.
import Debug "mo:base/Debug";

func movingAverage(xs : [Nat], window : Nat) : [Nat] {
  let out = Prim_init(xs.size() - window + 1);
  var i = 0;
  while (i <= xs.size() - window) {
    var s = 0;
    var k = 0;
    while (k <= window) { // bug: should be k < window
      s += xs[i + k];
      k += 1;
    };
    out[i] := s / window;
    Debug.print("window at " # debug_show i # " = " # debug_show out[i]);
    i += 1;
  };
  [0]
};

func Prim_init(n : Nat) : [var Nat] = [var 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

ignore movingAverage([10, 20, 30, 40, 50], 2);
