func mk() : Nat -> Nat { func (x : Nat) : Text { "a" } };
