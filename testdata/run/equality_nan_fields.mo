// == compares a value with itself element by element: a NaN inside makes
// it unequal to itself.
import P "mo:⛔";
let nan = 0.0 / 0.0;
let t = (nan, 1);
P.debugPrint(debug_show (t == t));
let a = [nan];
P.debugPrint(debug_show (a == a));
let o = ?nan;
P.debugPrint(debug_show (o == o));
let r = { x = nan };
P.debugPrint(debug_show (r == r));
let s = { x = 1.5 };
P.debugPrint(debug_show (s == s));
