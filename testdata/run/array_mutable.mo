// Mutable arrays: assignment, put, compound assignment on elements.
import Debug "mo:base/Debug";

let a = [var 1, 2, 3];
a[0] := 100;
a.put(1, 200);
a[2] += 5;
a[2] *= 2;
Debug.print(debug_show a);
Debug.print(debug_show a.size());
let alias = a;
alias[0] := 0;
Debug.print(debug_show a[0]);
for (v in a.vals()) { Debug.print(debug_show v) };
let texts : [var Text] = [var "x"];
texts[0] #= "y";
Debug.print(debug_show texts);
