func apply(f : Nat -> Nat, x : Nat) : Nat { f x };
let r = apply(func (t : Text) : Nat { 0 }, 1);
