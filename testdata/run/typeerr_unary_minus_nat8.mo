// Unary minus does not apply to an unsigned fixed-width type.
let a : Nat8 = 3;
let b = -a;
