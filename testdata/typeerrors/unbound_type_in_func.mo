func f(x : Nmber) : Nat { 0 };
