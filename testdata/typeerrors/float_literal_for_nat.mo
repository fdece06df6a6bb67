let n : Nat = 1.5;
