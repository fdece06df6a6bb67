func f(x : Nat16) {};
f(70000);
