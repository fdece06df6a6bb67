let n : Nat8 = -3;
