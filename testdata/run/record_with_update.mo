// {r with ...} copies a record and replaces or adds fields.
import Debug "mo:base/Debug";

let r = { a = 1; b = "x"; c = true };
let r2 = { r with a = 2 };
let r3 = { r with b = "y"; c = false };
let r4 = { r with d = 'd' };
Debug.print(debug_show r);
Debug.print(debug_show r2);
Debug.print(debug_show r3);
Debug.print(debug_show r4);
let m = { var n = 1; k = 0 };
let m2 = { m with n = 5 };
let m3 = { m with var n = 6 };
m3.n := 7;
Debug.print(debug_show (m.n, m2.n, m3.n, m2.k));
