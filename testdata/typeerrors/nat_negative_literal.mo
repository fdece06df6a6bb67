let x : Nat = -1;
