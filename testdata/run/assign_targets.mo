// Assignment to variables, mutable fields and array elements; := yields ().
import Debug "mo:base/Debug";

var x = 1;
let r = { var f = 'a' };
let a = [var 1, 2];
x := 2;
r.f := 'b';
a[1] := x + 10;
let u = (x := 3);
Debug.print(debug_show (x, r.f, a, u));
var t = (1, 2);
t := (t.1, t.0);
Debug.print(debug_show t);
