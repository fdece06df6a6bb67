let f : <T>(T) -> T = func (x : Nat) : Nat { x };
