let b : Nat8 = 300;
