// A function literal whose result type does not fit the expected one.
func apply(f : Nat -> Nat) : Nat = f 1;
ignore apply(func(x : Nat) : Text { "" });
