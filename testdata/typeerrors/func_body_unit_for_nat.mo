func f(x : Nat) : Nat { ignore x };
