// An option must be unwrapped before use.
func f(o : ?Nat) : Nat { o + 1 };
