// Big factorials, Fibonacci and binomials with unbounded Nat/Int, plus digit sums.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Int "mo:base/Int";
import Text "mo:base/Text";
import Iter "mo:base/Iter";

func factorial(n : Nat) : Nat {
  var acc = 1;
  for (i in Iter_range(1, n)) acc *= i;
  acc
};

func Iter_range(a : Nat, b : Nat) : Iter.Iter<Nat> = Iter.range(a, b);

func fib(n : Nat) : Nat {
  var a = 0; var b = 1;
  var i = 0;
  while (i < n) { let t = a + b; a := b; b := t; i += 1 };
  a
};

func choose(n : Nat, k : Nat) : Nat = factorial(n) / (factorial(k) * factorial(n - k));

func digitSum(n : Nat) : Nat {
  var s = 0; var m = n;
  while (m > 0) { s += m % 10; m /= 10 };
  s
};

Debug.print(debug_show factorial(25));
Debug.print(Nat.toText(factorial(30)));
Debug.print(debug_show fib(100));
Debug.print(debug_show choose(50, 25));
Debug.print(debug_show digitSum(factorial(100)));
let neg : Int = -factorial(22);
Debug.print(debug_show neg # " / " # Int.toText(neg));
Debug.print(debug_show (neg / 7, neg % 7, -neg / 1000));
Debug.print(debug_show (Int.abs(neg) == factorial(22)));
Debug.print(debug_show ((2 : Int) ** 65 - 1));
Debug.print(debug_show (-(2 : Int) ** 63));
Debug.print(debug_show Text.size(Nat.toText(factorial(50))));
