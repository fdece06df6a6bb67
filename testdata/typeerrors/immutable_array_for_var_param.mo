func zero(a : [var Nat]) { a[0] := 0 };
zero([1, 2]);
