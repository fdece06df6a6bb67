let x : Nat32 = -1;
