// g reads x, which is declared after the call that uses g.
func g() : Nat = x;
let y = g();
let x = 1;
