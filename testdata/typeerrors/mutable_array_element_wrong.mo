let xs = [var 1, 2];
xs[0] := "x";
