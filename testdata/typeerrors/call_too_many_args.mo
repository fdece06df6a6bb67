func f(x : Nat) : Nat { x };
let u = f(1, 2);
