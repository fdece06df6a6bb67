func f(m : ?Nat) : Nat { let ?x = m else { 1 }; x };
