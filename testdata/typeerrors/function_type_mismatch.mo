let f : Nat -> Nat = func (x : Text) : Nat { 0 };
