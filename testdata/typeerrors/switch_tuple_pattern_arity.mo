let p = (1, 2);
switch p { case (a, b, c) {} };
