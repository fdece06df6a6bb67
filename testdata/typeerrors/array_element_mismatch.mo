let xs : [Nat] = [1, 2, "three"];
