func f(x : Nat) : Text { let x = "a"; x + 1 };
