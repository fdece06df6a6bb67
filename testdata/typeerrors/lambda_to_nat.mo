let n : Nat = func () {};
