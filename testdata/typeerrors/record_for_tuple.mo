let t : (Nat, Nat) = { a = 1; b = 2 };
