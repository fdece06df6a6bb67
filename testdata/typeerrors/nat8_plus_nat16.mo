let a : Nat8 = 1;
let b : Nat16 = 2;
let c = a + b;
