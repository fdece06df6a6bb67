// Fibonacci three ways: naive recursion, a loop over mutable variables, and a
// table built with Array.tabulate.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat "mo:base/Nat";

func fibRec(n : Nat) : Nat {
  if (n < 2) n else fibRec(n - 1) + fibRec(n - 2)
};

func fibLoop(n : Nat) : Nat {
  var a = 0;
  var b = 1;
  var i = 0;
  while (i < n) {
    let next = a + b;
    a := b;
    b := next;
    i += 1;
  };
  a
};

Debug.print("fib(20) by recursion: " # Nat.toText(fibRec(20)));
Debug.print("fib(90) by a loop:    " # Nat.toText(fibLoop(90)));
Debug.print("fib(200), a big Nat:  " # Nat.toText(fibLoop(200)));
let table = Array.tabulate<Nat>(15, fibLoop);
Debug.print("the first 15: " # debug_show table);
