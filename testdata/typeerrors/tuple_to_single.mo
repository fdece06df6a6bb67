func f(x : Nat) {};
f((1, 2));
