// g needs f, which is declared after the call that uses g.
func g(x : Nat) : Nat = f(x);
let y = g(1);
func f(x : Nat) : Nat = x + 1;
