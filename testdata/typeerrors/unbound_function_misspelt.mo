func compute(x : Nat) : Nat { x };
let y = compte(1);
