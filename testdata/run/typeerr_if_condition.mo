// An if condition must be Bool.
let n = 1;
let t = if (n) "yes" else "no";
