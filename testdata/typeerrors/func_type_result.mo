let f : Nat -> Text = func (a : Nat) : Nat { a };
