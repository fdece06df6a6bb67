// Iterators over mutable arrays see updates made during iteration; closures see later writes to vars.
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";

let a = [var 1, 2, 3, 4, 5];
var i = 0;
for (x in a.vals()) {
  if (i + 1 < a.size()) a[i + 1] += x;
  i += 1;
};
Debug.print(debug_show a);

var bound = 3;
var seen : [Nat] = [];
for (k in Iter.range(0, bound)) {
  bound := 10;
  seen := [k];
};
Debug.print(debug_show (seen, bound));

var greeting = "hello";
let greet = func() : Text = greeting # "!";
greeting := "goodbye";
Debug.print(greet());

var t = "abc";
var collected = "";
for (c in t.chars()) { t := "zzzzzz"; collected #= debug_show c };
Debug.print(collected # " " # t);

let keys = a.keys();
ignore keys.next();
Debug.print(debug_show (keys.next(), keys.next()));
let rest = Iter.toArray(keys);
Debug.print(debug_show rest);

var counter = 0;
let incs = [func() { counter += 1 }, func() { counter += 10 }];
for (f in incs.vals()) { f(); f() };
Debug.print(debug_show counter);

let grid = [var [var 0, 0], [var 0, 0]];
let row = grid[0];
row[1] := 7;
grid[1] := row;
grid[1][0] := 3;
Debug.print(debug_show grid);
