let f = func (x : Nat) : Nat { x };
let s = debug_show f;
