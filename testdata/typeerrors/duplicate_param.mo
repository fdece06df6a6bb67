func f(x : Nat, x : Nat) {};
