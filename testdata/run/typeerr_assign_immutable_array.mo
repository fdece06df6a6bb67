// An immutable array element cannot be assigned.
let xs = [1, 2, 3];
xs[0] := 5;
