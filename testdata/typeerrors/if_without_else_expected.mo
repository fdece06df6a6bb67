let x : Nat = if (true) 1;
