let xs : [Nat] = [var 1, 2];
