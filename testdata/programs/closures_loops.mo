// Closures capturing loop variables, counters, and function composition.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Iter "mo:base/Iter";

var fs : [() -> Nat] = [];
for (i in Iter.range(0, 4)) {
  fs := Array.append<() -> Nat>(fs, [func() : Nat { i * i }]);
};
Debug.print(debug_show Array.map<() -> Nat, Nat>(fs, func f = f()));

var gs : [() -> Nat] = [];
var j = 0;
while (j < 3) {
  let captured = j;
  gs := Array.append<() -> Nat>(gs, [func() : Nat = captured + j]);
  j += 1;
};
Debug.print(debug_show Array.map<() -> Nat, Nat>(gs, func f = f()));

func makeCounter(start : Int, step : Int) : { next : () -> Int; reset : () -> () } {
  var n = start;
  {
    next = func() : Int { let v = n; n += step; v };
    reset = func() { n := start };
  }
};
let c1 = makeCounter(10, -3);
let c2 = makeCounter(0, 1);
Debug.print(debug_show [c1.next(), c1.next(), c2.next(), c1.next(), c2.next()]);
c1.reset();
Debug.print(debug_show c1.next());

func compose<A, B, C>(f : B -> C, g : A -> B) : A -> C = func x = f(g x);
let inc = func(x : Int) : Int = x + 1;
let dbl = func(x : Int) : Int = x * 2;
let h = compose<Int, Int, Int>(inc, dbl);
let k = compose<Int, Int, Text>(func(x : Int) : Text = debug_show x, compose<Int, Int, Int>(dbl, inc));
Debug.print(debug_show (h 5, k 5));

func memoFib() : Nat -> Nat {
  let memo = Array.init<?Nat>(100, null);
  func fib(n : Nat) : Nat {
    switch (memo[n]) {
      case (?v) v;
      case null {
        let v = if (n < 2) n else fib(n - 1) + fib(n - 2);
        memo[n] := ?v;
        v
      };
    }
  };
  fib
};
let fib = memoFib();
Debug.print(debug_show (fib 10, fib 90));
let adders = Array.tabulate<Nat -> Nat>(3, func k = func x = x + k * 10);
Debug.print(debug_show Array.map<Nat -> Nat, Nat>(adders, func f = f 1));
